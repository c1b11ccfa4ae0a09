{{/* The release's base name, cut to the 63 characters a DNS label allows. */}}
{{- define "cadre.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{/* A component's name: <fullname>-<component>. Call with (dict "root" $ "component" "registry"). */}}
{{- define "cadre.name" -}}
{{- printf "%s-%s" (include "cadre.fullname" .root) .component | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Labels every pod of this release has: the default-deny policy selects them. */}}
{{- define "cadre.releaseSelector" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "cadre.selectorLabels" -}}
{{ include "cadre.releaseSelector" .root }}
app.kubernetes.io/component: {{ .component }}
{{- end -}}

{{- define "cadre.labels" -}}
{{ include "cadre.selectorLabels" . }}
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
app.kubernetes.io/part-of: cadre-training
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version | replace "+" "_" }}
{{- end -}}

{{- define "cadre.image" -}}
{{- $tag := .root.Values.image.tag | default .root.Chart.AppVersion -}}
{{- printf "%s%s:%s" .root.Values.image.registry (index .root.Values .component).image $tag -}}
{{- end -}}

{{- define "cadre.secretName" -}}
{{- .Values.secrets.name | default (printf "%s-secrets" (include "cadre.fullname" .)) -}}
{{- end -}}

{{/* A secret's environment variable: always a secretKeyRef, never a value. */}}
{{- define "cadre.secretEnv" -}}
- name: {{ .name }}
  valueFrom:
    secretKeyRef:
      name: {{ include "cadre.secretName" .root }}
      key: {{ .key }}
{{- end -}}

{{- define "cadre.jdbcUrl" -}}
{{- printf "jdbc:postgresql://%s:%v/%s" .root.Values.postgres.host .root.Values.postgres.port (index .root.Values .component).database.name -}}
{{- end -}}

{{- define "cadre.serviceUrl" -}}
{{- printf "http://%s:%v" (include "cadre.name" .) (index .root.Values .component).port -}}
{{- end -}}

{{/* The identity settings every service reads (its configuration's PLATFORM_* variables). */}}
{{- define "cadre.identityEnv" -}}
PLATFORM_ISSUER_URI: {{ .Values.identity.issuerUri | quote }}
PLATFORM_JWK_SET_URI: {{ .Values.identity.jwkSetUri | quote }}
PLATFORM_PRINCIPAL_CLAIM: {{ .Values.identity.principalClaim | quote }}
PLATFORM_ADMINISTRATORS: {{ .Values.identity.administrators | quote }}
{{- with .Values.identity.browserAuthorizationUri }}
PLATFORM_BROWSER_AUTHORIZATION_URI: {{ . | quote }}
{{- end }}
{{- with .Values.identity.browserTokenUri }}
PLATFORM_BROWSER_TOKEN_URI: {{ . | quote }}
{{- end }}
{{- end -}}

{{/*
The pod template's common part: non-root, read-only root, probes on the health groups, /tmp as an emptyDir.
Call with (dict "root" $ "component" "registry" "env" <list of secret env entries as YAML> "extraEnv" <YAML>
"volumeMounts" <YAML> "volumes" <YAML>).
*/}}
{{- define "cadre.podTemplate" -}}
{{- $values := index .root.Values .component -}}
metadata:
  labels:
    {{- include "cadre.labels" . | nindent 4 }}
  annotations:
    # Rolls the pods when their settings change.
    checksum/config: {{ include (print .root.Template.BasePath "/configmap.yaml") .root | sha256sum }}
spec:
  serviceAccountName: {{ include "cadre.fullname" .root }}
  # No pod talks to the Kubernetes API.
  automountServiceAccountToken: false
  {{- with .root.Values.imagePullSecrets }}
  imagePullSecrets:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  securityContext:
    {{- toYaml .root.Values.podSecurityContext | nindent 4 }}
  terminationGracePeriodSeconds: 60
  containers:
    - name: {{ .component }}
      image: {{ include "cadre.image" . }}
      imagePullPolicy: {{ .root.Values.image.pullPolicy }}
      ports:
        - name: http
          containerPort: {{ $values.port }}
          protocol: TCP
      envFrom:
        - configMapRef:
            name: {{ include "cadre.name" . }}
      env:
        {{- .env | nindent 8 }}
      securityContext:
        {{- toYaml .root.Values.containerSecurityContext | nindent 8 }}
      resources:
        {{- toYaml $values.resources | nindent 8 }}
      startupProbe:
        httpGet:
          path: /actuator/health/liveness
          port: http
        periodSeconds: {{ .root.Values.probes.startup.periodSeconds }}
        failureThreshold: {{ .root.Values.probes.startup.failureThreshold }}
        timeoutSeconds: {{ .root.Values.probes.startup.timeoutSeconds }}
      livenessProbe:
        httpGet:
          path: /actuator/health/liveness
          port: http
        periodSeconds: {{ .root.Values.probes.liveness.periodSeconds }}
        failureThreshold: {{ .root.Values.probes.liveness.failureThreshold }}
        timeoutSeconds: {{ .root.Values.probes.liveness.timeoutSeconds }}
      readinessProbe:
        httpGet:
          path: /actuator/health/readiness
          port: http
        periodSeconds: {{ .root.Values.probes.readiness.periodSeconds }}
        failureThreshold: {{ .root.Values.probes.readiness.failureThreshold }}
        timeoutSeconds: {{ .root.Values.probes.readiness.timeoutSeconds }}
      volumeMounts:
        - name: tmp
          mountPath: /tmp
        {{- with .volumeMounts }}
        {{- . | nindent 8 }}
        {{- end }}
  volumes:
    - name: tmp
      emptyDir: {}
{{- end -}}
