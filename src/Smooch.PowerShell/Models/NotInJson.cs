// A secret on an output object (Secret, ClientSecret, Token) is read by name ($key.Secret) and never enumerated:
// [Hidden] keeps it out of Format-Table *, Format-List *, Select-Object *, Export-Csv and Get-Member (without -Force);
// [NotInJson] keeps it out of ConvertTo-Json, which reflects over the CLR properties itself and skips those marked
// with its serializer's ignore attribute: Newtonsoft's [JsonIgnore] in PowerShell 7 (compile-only reference; PowerShell
// provides the assembly), [ScriptIgnore] in Windows PowerShell 5.1.
#if NETFRAMEWORK
global using NotInJson = System.Web.Script.Serialization.ScriptIgnoreAttribute;
#else
global using NotInJson = Newtonsoft.Json.JsonIgnoreAttribute;
#endif
