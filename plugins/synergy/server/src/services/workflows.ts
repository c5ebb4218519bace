import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  NO_REMINDERS,
  type Workflow,
  type WorkflowReminders,
  type WorkflowStage,
} from '../../../shared/contracts/reviews';
import { DEFAULT_WORKFLOWS } from '../domain/workflow';
import { getModel } from '../utils/get-model';

const WORKFLOW_UID = 'plugin::synergy.workflow';

interface WorkflowRow {
  id: number;
  name: string;
  contentTypes: string[];
  stages: WorkflowStage[];
  reminders: WorkflowReminders | null;
}

const toWorkflow = (row: WorkflowRow): Workflow => ({
  id: row.id,
  name: row.name,
  contentTypes: row.contentTypes ?? [],
  stages: row.stages ?? [],
  reminders: { ...NO_REMINDERS, ...(row.reminders ?? {}) },
});

const unknownRoleError = (field: string, path: string[], unknown: number[]) =>
  new errors.ValidationError(`${field}: unknown role ${unknown.join(', ')}`, {
    errors: [{ path, message: 'unknown role', name: 'ValidationError' }],
  });

const createWorkflowsService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(): Promise<Workflow[]> {
    const rows = (await strapi.db
      .query(WORKFLOW_UID)
      .findMany({ orderBy: { id: 'asc' } })) as WorkflowRow[];
    return rows.map(toWorkflow);
  },

  async findOne(id: number): Promise<Workflow | null> {
    const row = (await strapi.db
      .query(WORKFLOW_UID)
      .findOne({ where: { id } })) as WorkflowRow | null;
    return row ? toWorkflow(row) : null;
  },

  /** The workflow governing a content type, if any. */
  async forContentType(uid: string): Promise<Workflow | null> {
    const workflows = await this.list();
    return workflows.find((workflow) => workflow.contentTypes.includes(uid)) ?? null;
  },

  /** Seeds the workflows of SPEC §3 when there are none; roles are looked up by name. */
  async ensureDefaults() {
    if ((await strapi.db.query(WORKFLOW_UID).count()) > 0) return;
    const roles = (await strapi.db
      .query('admin::role')
      .findMany({ select: ['id', 'name'] })) as Array<{ id: number; name: string }>;
    const roleId = (name: string) => roles.find((role) => role.name === name)?.id;
    for (const workflow of DEFAULT_WORKFLOWS) {
      await strapi.db.query(WORKFLOW_UID).create({
        data: {
          name: workflow.name,
          contentTypes: workflow.contentTypes,
          reminders: {
            remindAfterHours: workflow.reminders.remindAfterHours,
            escalateAfterHours: workflow.reminders.escalateAfterHours,
            escalationRoles: workflow.reminders.escalationRoleNames
              .map(roleId)
              .filter((id): id is number => id !== undefined),
          },
          stages: workflow.stages.map(({ approverRoleNames, ...stage }) => ({
            ...stage,
            approverRoles: approverRoleNames
              .map(roleId)
              .filter((id): id is number => id !== undefined),
          })),
        },
      });
    }
  },

  /**
   * Replaces a workflow's definition.
   * @throws NotFoundError for an unknown workflow; ValidationError naming the field for a content
   * type already governed by another workflow or an unknown role.
   */
  async update(
    id: number,
    definition: Omit<Workflow, 'id' | 'reminders'> & { reminders?: WorkflowReminders },
  ): Promise<Workflow> {
    const existing = await this.findOne(id);
    if (!existing) throw new errors.NotFoundError('Workflow not found');
    const others = (await this.list()).filter((workflow) => workflow.id !== id);
    definition.contentTypes.forEach((uid, index) => {
      if (getModel(strapi, uid)?.modelType !== 'contentType') {
        throw new errors.ValidationError(`contentTypes[${index}] "${uid}" is not a content type`, {
          errors: [
            {
              path: ['contentTypes', String(index)],
              message: 'not a content type',
              name: 'ValidationError',
            },
          ],
        });
      }
      const owner = others.find((workflow) => workflow.contentTypes.includes(uid));
      if (owner) {
        throw new errors.ValidationError(
          `contentTypes[${index}] "${uid}" is already governed by the workflow "${owner.name}"`,
          {
            errors: [
              {
                path: ['contentTypes', String(index)],
                message: `already governed by ${owner.name}`,
                name: 'ValidationError',
              },
            ],
          },
        );
      }
    });
    const roleIds = new Set(
      (
        (await strapi.db.query('admin::role').findMany({ select: ['id'] })) as Array<{ id: number }>
      ).map((role) => role.id),
    );
    definition.stages.forEach((stage, index) => {
      const unknown = stage.approverRoles.filter((role) => !roleIds.has(role));
      if (unknown.length > 0)
        throw unknownRoleError(
          `stages[${index}].approverRoles`,
          ['stages', String(index), 'approverRoles'],
          unknown,
        );
    });
    const unknownEscalation = (definition.reminders?.escalationRoles ?? []).filter(
      (role) => !roleIds.has(role),
    );
    if (unknownEscalation.length > 0)
      throw unknownRoleError(
        'reminders.escalationRoles',
        ['reminders', 'escalationRoles'],
        unknownEscalation,
      );
    const row = (await strapi.db
      .query(WORKFLOW_UID)
      .update({ where: { id }, data: definition })) as WorkflowRow;
    return toWorkflow(row);
  },
});

export type WorkflowsService = ReturnType<typeof createWorkflowsService>;

export default createWorkflowsService;
