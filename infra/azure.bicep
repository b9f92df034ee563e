// Azure resources for Dagordning: one user-assigned managed identity that is both
// the bot's identity (no client secret to rotate) and the app's identity towards
// Microsoft Graph (granted the team's SharePoint site through Sites.Selected), a
// Linux App Service on Node 22 LTS running the production entry, and the Azure Bot
// registration with its Teams channel.

@maxLength(20)
@minLength(4)
param resourceBaseName string

@description('The team site that holds the lists: a Graph site id or hostname:/sites/path.')
param sharePointSiteId string

@description('The client id of the tab\'s Entra app for Teams SSO (aadApp/create writes it as AAD_APP_CLIENT_ID).')
param tabSsoClientId string

@secure()
@description('Signs the links cards carry to the app\'s own server (LINK_SIGNING_KEY): the answers to a feedback request as CSV. New at each deployment unless given; links live a week and the cards renew them.')
param linkSigningKey string = '${newGuid()}${newGuid()}'

param webAppSku string = 'B1'
param botDisplayName string = 'Dagordning'
param location string = resourceGroup().location

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: resourceBaseName
  location: location
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: resourceBaseName
  location: location
  kind: 'linux'
  sku: {
    name: webAppSku
  }
  properties: {
    reserved: true
  }
}

resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  name: resourceBaseName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'NODE|22-lts'
      appCommandLine: 'node dist/bot/main/production.js'
      alwaysOn: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
    }
  }
}

// Set apart from the site so the tab's Application ID URI can name the site's own host name.
resource appSettings 'Microsoft.Web/sites/config@2023-12-01' = {
  parent: webApp
  name: 'appsettings'
  properties: {
    BOT_ID: identity.properties.clientId
    BOT_TENANT_ID: identity.properties.tenantId
    BOT_TYPE: 'UserAssignedMSI'
    STORE: 'sharepoint'
    SHAREPOINT_SITE_ID: sharePointSiteId
    AZURE_CLIENT_ID: identity.properties.clientId
    TAB_SSO_CLIENT_ID: tabSsoClientId
    TAB_SSO_APP_ID_URI: 'api://${webApp.properties.defaultHostName}/${tabSsoClientId}'
    LINK_SIGNING_KEY: linkSigningKey
    HOST: '0.0.0.0'
    SCM_DO_BUILD_DURING_DEPLOYMENT: 'false'
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: resourceBaseName
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: 'F0'
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppId: identity.properties.clientId
    msaAppMSIResourceId: identity.id
    msaAppTenantId: identity.properties.tenantId
    msaAppType: 'UserAssignedMSI'
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
  }
}

output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output BOT_DOMAIN string = webApp.properties.defaultHostName
output BOT_ID string = identity.properties.clientId
output GRAPH_IDENTITY_CLIENT_ID string = identity.properties.clientId
