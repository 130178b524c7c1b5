/** The pledges job's door to db/pledges.ts: the same operations with the app's database bound. */
import * as repo from '../db/pledges';
import { withDb } from './bind';

export const allFrameworkRecords = withDb(repo.allFrameworkRecords);
export const listFrameworks = withDb(repo.listFrameworks);
export const frameworksOfYear = withDb(repo.frameworksOfYear);
export const saveFrameworkVersion = withDb(repo.saveFrameworkVersion);
export const addCustomFramework = withDb(repo.addCustomFramework);
export const getMemberForm = withDb(repo.getMemberForm);
export const listForms = withDb(repo.listForms);
export const createForm = withDb(repo.createForm);
export const saveDraft = withDb(repo.saveDraft);
export const submit = withDb(repo.submit);
export const sendBack = withDb(repo.sendBack);
export const confirm = withDb(repo.confirm);
export const amend = withDb(repo.amend);
export const deleteDraft = withDb(repo.deleteDraft);
export const copyLastYearForMember = withDb(repo.copyLastYearForMember);
export const copyLastYearForCell = withDb(repo.copyLastYearForCell);
export const getTemplate = withDb(repo.getTemplate);
export const saveTemplate = withDb(repo.saveTemplate);
export const applyTemplateToCell = withDb(repo.applyTemplateToCell);
export const confirmAllSubmitted = withDb(repo.confirmAllSubmitted);
