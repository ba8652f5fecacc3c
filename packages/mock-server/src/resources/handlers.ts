import { createAccountSetting, getAccount, listAccountSettings, updateAccountSetting } from "./account.js";
import {
  deleteCustomerCustomFieldValue,
  deleteTicketCustomFieldValue,
  listCustomerCustomFieldValues,
  listTicketCustomFieldValues,
  setCustomerCustomFieldValues,
  setTicketCustomFieldValues,
  updateCustomerCustomFieldValue,
  updateTicketCustomFieldValue,
} from "./custom-field-values.js";
import { createCustomField, getCustomField, listCustomFields, updateCustomField, updateCustomFields } from "./custom-fields.js";
import { setCustomerData } from "./customer-data.js";
import { mergeCustomers } from "./customer-merge.js";
import { createCustomer, deleteCustomer, deleteCustomers, getCustomer, listCustomers, updateCustomer } from "./customers.js";
import { getEvent, listEvents } from "./events.js";
import { createIntegration, deleteIntegration, getIntegration, listIntegrations, updateIntegration } from "./integrations.js";
import { archiveMacros, unarchiveMacros } from "./macro-archive.js";
import { createMacro, deleteMacro, getMacro, listMacros, updateMacro } from "./macros.js";
import type { HandlerTable } from "./operation-context.js";
import { search } from "./search.js";
import { mergeTags } from "./tag-merge.js";
import { createTag, deleteTag, deleteTags, getTag, listTags, updateTag } from "./tags.js";
import { createTicketMessage, deleteTicketMessage, getTicketMessage, listMessages, listTicketMessages, updateTicketMessage } from "./ticket-messages.js";
import { addTicketTags, listTicketTags, removeTicketTags, setTicketTags } from "./ticket-tags.js";
import { createTicket, deleteTicket, getTicket, listTickets, updateTicket } from "./tickets.js";
import { createUser, deleteUser, getUser, listUsers, updateUser } from "./users.js";
import { createView, deleteView, getView, listViewItems, listViews, searchViewItems, updateView } from "./views.js";
import {
  deleteVoiceCallRecording,
  getVoiceCall,
  getVoiceCallEvent,
  getVoiceCallRecording,
  listVoiceCallEvents,
  listVoiceCallRecordings,
  listVoiceCalls,
} from "./voice.js";
import { createTeam, deleteTeam, getTeam, listTeams, updateTeam } from "./teams.js";
import { createWidget, deleteWidget, getWidget, listWidgets, updateWidget } from "./widgets.js";
import { cancelJob, createJob, getJob, listJobs, updateJob } from "./jobs.js";
import { createRule, deleteRule, getRule, listRules, updateRule, updateRulePriorities } from "./rules.js";
import {
  createSatisfactionSurvey,
  getSatisfactionSurvey,
  listSatisfactionSurveys,
  updateSatisfactionSurvey,
} from "./satisfaction-surveys.js";
import { downloadFile, uploadFiles } from "./files.js";
import { downloadStatistic, getStatistic, queryReportingStats } from "./statistics.js";
import { getMetricCard, searchMetricCards } from "./metric-cards.js";

/** The hand-written behaviour of every operation, by operation id. */
export const handlers: HandlerTable = {
  listTickets,
  createTicket,
  getTicket,
  updateTicket,
  deleteTicket,
  listMessages,
  createTicketMessage,
  getTicketMessage,
  updateTicketMessage,
  deleteTicketMessage,
  listTicketTags,
  addTicketTags,
  setTicketTags,
  removeTicketTags,
  listCustomers,
  createCustomer,
  getCustomer,
  updateCustomer,
  deleteCustomer,
  mergeCustomers,
  listUsers,
  createUser,
  getUser,
  updateUser,
  deleteUser,
  listTags,
  createTag,
  getTag,
  updateTag,
  deleteTag,
  mergeTags,
  listMacros,
  createMacro,
  getMacro,
  updateMacro,
  deleteMacro,
  listViews,
  createView,
  getView,
  updateView,
  deleteView,
  listViewItems,
  listIntegrations,
  createIntegration,
  getIntegration,
  updateIntegration,
  deleteIntegration,
  listEvents,
  getEvent,
  search,
  listVoiceCalls,
  getVoiceCall,
  listVoiceCallEvents,
  getVoiceCallEvent,
  listVoiceCallRecordings,
  getVoiceCallRecording,
  deleteVoiceCallRecording,
  // Live operations the guide does not name (issue 13: account, custom fields, bulk writes).
  getAccount,
  listAccountSettings,
  createAccountSetting,
  updateAccountSetting,
  listCustomFields,
  createCustomField,
  updateCustomFields,
  getCustomField,
  updateCustomField,
  listTicketCustomFieldValues,
  setTicketCustomFieldValues,
  updateTicketCustomFieldValue,
  deleteTicketCustomFieldValue,
  listCustomerCustomFieldValues,
  setCustomerCustomFieldValues,
  updateCustomerCustomFieldValue,
  deleteCustomerCustomFieldValue,
  deleteCustomers,
  setCustomerData,
  listTicketMessages,
  deleteTags,
  archiveMacros,
  unarchiveMacros,
  searchViewItems,
  listTeams,
  createTeam,
  getTeam,
  updateTeam,
  deleteTeam,
  listWidgets,
  createWidget,
  getWidget,
  updateWidget,
  deleteWidget,
  listJobs,
  createJob,
  getJob,
  updateJob,
  cancelJob,
  listRules,
  createRule,
  getRule,
  updateRule,
  deleteRule,
  updateRulePriorities,
  listSatisfactionSurveys,
  createSatisfactionSurvey,
  getSatisfactionSurvey,
  updateSatisfactionSurvey,
  uploadFiles,
  downloadFile,
  queryReportingStats,
  getStatistic,
  downloadStatistic,
  searchMetricCards,
  getMetricCard,
};
