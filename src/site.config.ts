// Site-wide settings that differ per deployment. The forge URL drives "Edit this page" links
// and the contribution pull-request links.
export const SITE_CONFIG = {
  repository: 'https://github.com/civic-atlas/civic-atlas',
  branch: 'main',
} as const;

export const editUrl = (file: string) => `${SITE_CONFIG.repository}/edit/${SITE_CONFIG.branch}/${file}`;
