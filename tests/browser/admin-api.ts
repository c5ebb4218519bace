import crypto from 'node:crypto';

/** A few calls of the admin API, as the tests' fixtures need them. */

export interface AdminAccount {
  id: number;
  email: string;
  password: string;
  firstname: string;
  lastname: string;
  token: string;
}

export const strongPassword = () => `Aa1!${crypto.randomBytes(9).toString('hex')}`;

export class AdminApi {
  constructor(
    private readonly url: string,
    private readonly token?: string,
  ) {}

  as(token: string) {
    return new AdminApi(this.url, token);
  }

  async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.url}${path}`, {
      method,
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        ...(this.token ? { Authorization: `Bearer ${this.token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return (text ? JSON.parse(text) : {}) as T;
  }

  /** The first admin, a Super Admin (POST /admin/register-admin, open only while there is no admin). */
  async registerSuperAdmin(firstname: string, lastname: string): Promise<AdminAccount> {
    const email = `${firstname.toLowerCase()}-${crypto.randomBytes(3).toString('hex')}@browser.test`;
    const password = strongPassword();
    const { data } = await this.request<{ data: { token: string; user: { id: number } } }>(
      'POST',
      '/admin/register-admin',
      {
        email,
        password,
        firstname,
        lastname,
      },
    );
    return { id: data.user.id, email, password, firstname, lastname, token: data.token };
  }

  /** An admin user with one role, invited by a Super Admin and registered with a password. */
  async createAdmin(roleName: string, firstname: string, lastname: string): Promise<AdminAccount> {
    const { data: roles } = await this.request<{ data: Array<{ id: number; name: string }> }>(
      'GET',
      '/admin/roles',
    );
    const role = roles.find((candidate) => candidate.name === roleName);
    if (!role)
      throw new Error(`No admin role named ${roleName}: ${roles.map((r) => r.name).join(', ')}`);
    const email = `${firstname.toLowerCase().replace(/\W+/g, '-')}-${crypto.randomBytes(3).toString('hex')}@browser.test`;
    const { data: invited } = await this.request<{
      data: { id: number; registrationToken: string };
    }>('POST', '/admin/users', {
      email,
      firstname,
      lastname,
      roles: [role.id],
    });
    const password = strongPassword();
    const { data: registered } = await new AdminApi(this.url).request<{ data: { token: string } }>(
      'POST',
      '/admin/register',
      {
        registrationToken: invited.registrationToken,
        userInfo: { firstname, lastname, password },
      },
    );
    return { id: invited.id, email, password, firstname, lastname, token: registered.token };
  }

  /** Creates a record through the content manager, as the edit view does; answers its documentId. */
  async createRecord(uid: string, data: Record<string, unknown>): Promise<string> {
    const { data: created } = await this.request<{ data: { documentId: string } }>(
      'POST',
      `/content-manager/collection-types/${uid}`,
      data,
    );
    return created.documentId;
  }

  async readRecord(uid: string, documentId: string) {
    return this.request<{ data: Record<string, unknown> }>(
      'GET',
      `/content-manager/collection-types/${uid}/${documentId}`,
    );
  }
}
