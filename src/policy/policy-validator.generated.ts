// @ts-nocheck
/* eslint-disable */
// GENERATED from docs/policy.schema.json by src/policy/generate-validator.cjs. Do not edit.
// After changing the schema run: node src/policy/generate-validator.cjs
import func2 from "ajv/dist/runtime/ucs2length";
export const validate = validate10;
export default validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","title":"Release Guard organisation policy","description":"An organisation's own release rules for Release Guard: which details each kind of release must name, banned phrases, authorised approvers, extra materials and units, and how the send-time check reacts. Every key is optional; an unknown key is an error. Documented in docs/policy.md.","type":"object","additionalProperties":false,"properties":{"$schema":{"description":"Where an editor finds this schema (e.g. \"../docs/policy.schema.json\"). Ignored by Release Guard.","type":"string","minLength":1,"maxLength":2048},"version":{"description":"Policy format version. Only 1 exists; leave it out or write 1.","const":1},"requirements":{"description":"Per kind of release, whether each detail is required, optional, or must be missing. A kind or detail left out keeps Release Guard's built-in requirement.","type":"object","additionalProperties":false,"properties":{"first-lot":{"$ref":"#/definitions/detailRequirements"},"sample-only":{"$ref":"#/definitions/detailRequirements"},"shipment-window":{"$ref":"#/definitions/detailRequirements"},"full-production":{"$ref":"#/definitions/detailRequirements"},"hold":{"$ref":"#/definitions/detailRequirements"},"payment-trigger":{"$ref":"#/definitions/detailRequirements"},"pause":{"$ref":"#/definitions/detailRequirements"}}},"bannedPhrases":{"description":"Phrases the buyer should not use as a release instruction, each with an optional suggested rewrite and severity (default: warning).","type":"array","maxItems":500,"items":{"type":"object","additionalProperties":false,"required":["phrase"],"properties":{"phrase":{"description":"The words to flag, matched case-insensitively as whole words.","type":"string","minLength":1,"maxLength":200,"pattern":"\\S"},"suggestion":{"description":"What to write instead; shown to the buyer.","type":"string","minLength":1,"maxLength":500,"pattern":"\\S"},"severity":{"$ref":"#/definitions/severity"}}}},"approvers":{"description":"People allowed to approve the next release. When the list is not empty, an approver named in an email who is not on it is flagged.","type":"array","maxItems":500,"items":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"description":"The person's name as buyers write it (e.g. \"Dana Ortiz\").","type":"string","minLength":1,"maxLength":100,"pattern":"\\S"},"role":{"description":"Their role (e.g. \"purchasing lead\"); used in the approval block.","type":"string","minLength":1,"maxLength":100,"pattern":"\\S"}}}},"materials":{"description":"Materials to recognise in addition to the built-in list (e.g. a shop's own resin name).","type":"array","maxItems":500,"uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":100,"pattern":"\\S"}},"units":{"description":"Units of quantity to recognise in addition to the built-in list (e.g. \"brackets\", \"kits\").","type":"array","maxItems":100,"uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":40,"pattern":"\\S"}},"sendCheck":{"description":"How the send-time check reacts to findings of each severity: allow (send silently), warn (say so, the buyer may send anyway), block (stop until fixed).","type":"object","additionalProperties":false,"properties":{"error":{"$ref":"#/definitions/reaction"},"warning":{"$ref":"#/definitions/reaction"},"info":{"$ref":"#/definitions/reaction"}}}},"definitions":{"requirement":{"description":"required: the email must name this detail; optional: it may; must-be-missing: naming it is a mistake for this kind (e.g. a production quantity in a sample-only approval).","type":"string","enum":["required","optional","must-be-missing"]},"detailRequirements":{"type":"object","additionalProperties":false,"properties":{"lot":{"$ref":"#/definitions/requirement"},"balance":{"$ref":"#/definitions/requirement"},"trigger":{"$ref":"#/definitions/requirement"},"revisionMaterial":{"$ref":"#/definitions/requirement"},"approver":{"$ref":"#/definitions/requirement"}}},"severity":{"type":"string","enum":["error","warning","info"]},"reaction":{"type":"string","enum":["allow","warn","block"]}}};
const schema18 = {"type":"string","enum":["error","warning","info"]};
const schema19 = {"type":"string","enum":["allow","warn","block"]};

const schema12 = {"type":"object","additionalProperties":false,"properties":{"lot":{"$ref":"#/definitions/requirement"},"balance":{"$ref":"#/definitions/requirement"},"trigger":{"$ref":"#/definitions/requirement"},"revisionMaterial":{"$ref":"#/definitions/requirement"},"approver":{"$ref":"#/definitions/requirement"}}};
const schema13 = {"description":"required: the email must name this detail; optional: it may; must-be-missing: naming it is a mistake for this kind (e.g. a production quantity in a sample-only approval).","type":"string","enum":["required","optional","must-be-missing"]};

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((key0 === "lot") || (key0 === "balance")) || (key0 === "trigger")) || (key0 === "revisionMaterial")) || (key0 === "approver"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.lot !== undefined){
let data0 = data.lot;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/lot",schemaPath:"#/definitions/requirement/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!(((data0 === "required") || (data0 === "optional")) || (data0 === "must-be-missing"))){
const err2 = {instancePath:instancePath+"/lot",schemaPath:"#/definitions/requirement/enum",keyword:"enum",params:{allowedValues: schema13.enum},message:"must be equal to one of the allowed values",schema:schema13.enum,parentSchema:schema13,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.balance !== undefined){
let data1 = data.balance;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/balance",schemaPath:"#/definitions/requirement/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!(((data1 === "required") || (data1 === "optional")) || (data1 === "must-be-missing"))){
const err4 = {instancePath:instancePath+"/balance",schemaPath:"#/definitions/requirement/enum",keyword:"enum",params:{allowedValues: schema13.enum},message:"must be equal to one of the allowed values",schema:schema13.enum,parentSchema:schema13,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.trigger !== undefined){
let data2 = data.trigger;
if(typeof data2 !== "string"){
const err5 = {instancePath:instancePath+"/trigger",schemaPath:"#/definitions/requirement/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!(((data2 === "required") || (data2 === "optional")) || (data2 === "must-be-missing"))){
const err6 = {instancePath:instancePath+"/trigger",schemaPath:"#/definitions/requirement/enum",keyword:"enum",params:{allowedValues: schema13.enum},message:"must be equal to one of the allowed values",schema:schema13.enum,parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.revisionMaterial !== undefined){
let data3 = data.revisionMaterial;
if(typeof data3 !== "string"){
const err7 = {instancePath:instancePath+"/revisionMaterial",schemaPath:"#/definitions/requirement/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!(((data3 === "required") || (data3 === "optional")) || (data3 === "must-be-missing"))){
const err8 = {instancePath:instancePath+"/revisionMaterial",schemaPath:"#/definitions/requirement/enum",keyword:"enum",params:{allowedValues: schema13.enum},message:"must be equal to one of the allowed values",schema:schema13.enum,parentSchema:schema13,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.approver !== undefined){
let data4 = data.approver;
if(typeof data4 !== "string"){
const err9 = {instancePath:instancePath+"/approver",schemaPath:"#/definitions/requirement/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!(((data4 === "required") || (data4 === "optional")) || (data4 === "must-be-missing"))){
const err10 = {instancePath:instancePath+"/approver",schemaPath:"#/definitions/requirement/enum",keyword:"enum",params:{allowedValues: schema13.enum},message:"must be equal to one of the allowed values",schema:schema13.enum,parentSchema:schema13,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}

const pattern0 = new RegExp("\\S", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((((key0 === "$schema") || (key0 === "version")) || (key0 === "requirements")) || (key0 === "bannedPhrases")) || (key0 === "approvers")) || (key0 === "materials")) || (key0 === "units")) || (key0 === "sendCheck"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 === "string"){
if(func2(data0) > 2048){
const err1 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema11.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(func2(data0) < 1){
const err2 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.$schema.type,parentSchema:schema11.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.version !== undefined){
let data1 = data.version;
if(1 !== data1){
const err4 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema11.properties.version,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.requirements !== undefined){
let data2 = data.requirements;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
if(!(((((((key1 === "first-lot") || (key1 === "sample-only")) || (key1 === "shipment-window")) || (key1 === "full-production")) || (key1 === "hold")) || (key1 === "payment-trigger")) || (key1 === "pause"))){
const err5 = {instancePath:instancePath+"/requirements",schemaPath:"#/properties/requirements/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.requirements,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data2["first-lot"] !== undefined){
if(!(validate11(data2["first-lot"], {instancePath:instancePath+"/requirements/first-lot",parentData:data2,parentDataProperty:"first-lot",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
if(data2["sample-only"] !== undefined){
if(!(validate11(data2["sample-only"], {instancePath:instancePath+"/requirements/sample-only",parentData:data2,parentDataProperty:"sample-only",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
if(data2["shipment-window"] !== undefined){
if(!(validate11(data2["shipment-window"], {instancePath:instancePath+"/requirements/shipment-window",parentData:data2,parentDataProperty:"shipment-window",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
if(data2["full-production"] !== undefined){
if(!(validate11(data2["full-production"], {instancePath:instancePath+"/requirements/full-production",parentData:data2,parentDataProperty:"full-production",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
if(data2.hold !== undefined){
if(!(validate11(data2.hold, {instancePath:instancePath+"/requirements/hold",parentData:data2,parentDataProperty:"hold",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
if(data2["payment-trigger"] !== undefined){
if(!(validate11(data2["payment-trigger"], {instancePath:instancePath+"/requirements/payment-trigger",parentData:data2,parentDataProperty:"payment-trigger",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
if(data2.pause !== undefined){
if(!(validate11(data2.pause, {instancePath:instancePath+"/requirements/pause",parentData:data2,parentDataProperty:"pause",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath:instancePath+"/requirements",schemaPath:"#/properties/requirements/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.requirements.type,parentSchema:schema11.properties.requirements,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.bannedPhrases !== undefined){
let data10 = data.bannedPhrases;
if(Array.isArray(data10)){
if(data10.length > 500){
const err7 = {instancePath:instancePath+"/bannedPhrases",schemaPath:"#/properties/bannedPhrases/maxItems",keyword:"maxItems",params:{limit: 500},message:"must NOT have more than 500 items",schema:500,parentSchema:schema11.properties.bannedPhrases,data:data10};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const len0 = data10.length;
for(let i0=0; i0<len0; i0++){
let data11 = data10[i0];
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.phrase === undefined){
const err8 = {instancePath:instancePath+"/bannedPhrases/" + i0,schemaPath:"#/properties/bannedPhrases/items/required",keyword:"required",params:{missingProperty: "phrase"},message:"must have required property '"+"phrase"+"'",schema:schema11.properties.bannedPhrases.items.required,parentSchema:schema11.properties.bannedPhrases.items,data:data11};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key2 in data11){
if(!(((key2 === "phrase") || (key2 === "suggestion")) || (key2 === "severity"))){
const err9 = {instancePath:instancePath+"/bannedPhrases/" + i0,schemaPath:"#/properties/bannedPhrases/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.bannedPhrases.items,data:data11};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data11.phrase !== undefined){
let data12 = data11.phrase;
if(typeof data12 === "string"){
if(func2(data12) > 200){
const err10 = {instancePath:instancePath+"/bannedPhrases/" + i0+"/phrase",schemaPath:"#/properties/bannedPhrases/items/properties/phrase/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema11.properties.bannedPhrases.items.properties.phrase,data:data12};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(func2(data12) < 1){
const err11 = {instancePath:instancePath+"/bannedPhrases/" + i0+"/phrase",schemaPath:"#/properties/bannedPhrases/items/properties/phrase/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.bannedPhrases.items.properties.phrase,data:data12};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!pattern0.test(data12)){
const err12 = {instancePath:instancePath+"/bannedPhrases/" + i0+"/phrase",schemaPath:"#/properties/bannedPhrases/items/properties/phrase/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema11.properties.bannedPhrases.items.properties.phrase,data:data12};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/bannedPhrases/" + i0+"/phrase",schemaPath:"#/properties/bannedPhrases/items/properties/phrase/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.bannedPhrases.items.properties.phrase.type,parentSchema:schema11.properties.bannedPhrases.items.properties.phrase,data:data12};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data11.suggestion !== undefined){
let data13 = data11.suggestion;
if(typeof data13 === "string"){
if(func2(data13) > 500){
const err14 = {instancePath:instancePath+"/bannedPhrases/" + i0+"/suggestion",schemaPath:"#/properties/bannedPhrases/items/properties/suggestion/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema11.properties.bannedPhrases.items.properties.suggestion,data:data13};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(func2(data13) < 1){
const err15 = {instancePath:instancePath+"/bannedPhrases/" + i0+"/suggestion",schemaPath:"#/properties/bannedPhrases/items/properties/suggestion/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.bannedPhrases.items.properties.suggestion,data:data13};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!pattern0.test(data13)){
const err16 = {instancePath:instancePath+"/bannedPhrases/" + i0+"/suggestion",schemaPath:"#/properties/bannedPhrases/items/properties/suggestion/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema11.properties.bannedPhrases.items.properties.suggestion,data:data13};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/bannedPhrases/" + i0+"/suggestion",schemaPath:"#/properties/bannedPhrases/items/properties/suggestion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.bannedPhrases.items.properties.suggestion.type,parentSchema:schema11.properties.bannedPhrases.items.properties.suggestion,data:data13};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data11.severity !== undefined){
let data14 = data11.severity;
if(typeof data14 !== "string"){
const err18 = {instancePath:instancePath+"/bannedPhrases/" + i0+"/severity",schemaPath:"#/definitions/severity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data14};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!(((data14 === "error") || (data14 === "warning")) || (data14 === "info"))){
const err19 = {instancePath:instancePath+"/bannedPhrases/" + i0+"/severity",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema18.enum},message:"must be equal to one of the allowed values",schema:schema18.enum,parentSchema:schema18,data:data14};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/bannedPhrases/" + i0,schemaPath:"#/properties/bannedPhrases/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.bannedPhrases.items.type,parentSchema:schema11.properties.bannedPhrases.items,data:data11};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/bannedPhrases",schemaPath:"#/properties/bannedPhrases/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.bannedPhrases.type,parentSchema:schema11.properties.bannedPhrases,data:data10};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.approvers !== undefined){
let data15 = data.approvers;
if(Array.isArray(data15)){
if(data15.length > 500){
const err22 = {instancePath:instancePath+"/approvers",schemaPath:"#/properties/approvers/maxItems",keyword:"maxItems",params:{limit: 500},message:"must NOT have more than 500 items",schema:500,parentSchema:schema11.properties.approvers,data:data15};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
const len1 = data15.length;
for(let i1=0; i1<len1; i1++){
let data16 = data15[i1];
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.name === undefined){
const err23 = {instancePath:instancePath+"/approvers/" + i1,schemaPath:"#/properties/approvers/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema11.properties.approvers.items.required,parentSchema:schema11.properties.approvers.items,data:data16};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
for(const key3 in data16){
if(!((key3 === "name") || (key3 === "role"))){
const err24 = {instancePath:instancePath+"/approvers/" + i1,schemaPath:"#/properties/approvers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.approvers.items,data:data16};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data16.name !== undefined){
let data17 = data16.name;
if(typeof data17 === "string"){
if(func2(data17) > 100){
const err25 = {instancePath:instancePath+"/approvers/" + i1+"/name",schemaPath:"#/properties/approvers/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema11.properties.approvers.items.properties.name,data:data17};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(func2(data17) < 1){
const err26 = {instancePath:instancePath+"/approvers/" + i1+"/name",schemaPath:"#/properties/approvers/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.approvers.items.properties.name,data:data17};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(!pattern0.test(data17)){
const err27 = {instancePath:instancePath+"/approvers/" + i1+"/name",schemaPath:"#/properties/approvers/items/properties/name/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema11.properties.approvers.items.properties.name,data:data17};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/approvers/" + i1+"/name",schemaPath:"#/properties/approvers/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.approvers.items.properties.name.type,parentSchema:schema11.properties.approvers.items.properties.name,data:data17};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data16.role !== undefined){
let data18 = data16.role;
if(typeof data18 === "string"){
if(func2(data18) > 100){
const err29 = {instancePath:instancePath+"/approvers/" + i1+"/role",schemaPath:"#/properties/approvers/items/properties/role/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema11.properties.approvers.items.properties.role,data:data18};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(func2(data18) < 1){
const err30 = {instancePath:instancePath+"/approvers/" + i1+"/role",schemaPath:"#/properties/approvers/items/properties/role/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.approvers.items.properties.role,data:data18};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(!pattern0.test(data18)){
const err31 = {instancePath:instancePath+"/approvers/" + i1+"/role",schemaPath:"#/properties/approvers/items/properties/role/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema11.properties.approvers.items.properties.role,data:data18};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/approvers/" + i1+"/role",schemaPath:"#/properties/approvers/items/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.approvers.items.properties.role.type,parentSchema:schema11.properties.approvers.items.properties.role,data:data18};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/approvers/" + i1,schemaPath:"#/properties/approvers/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.approvers.items.type,parentSchema:schema11.properties.approvers.items,data:data16};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/approvers",schemaPath:"#/properties/approvers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.approvers.type,parentSchema:schema11.properties.approvers,data:data15};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.materials !== undefined){
let data19 = data.materials;
if(Array.isArray(data19)){
if(data19.length > 500){
const err35 = {instancePath:instancePath+"/materials",schemaPath:"#/properties/materials/maxItems",keyword:"maxItems",params:{limit: 500},message:"must NOT have more than 500 items",schema:500,parentSchema:schema11.properties.materials,data:data19};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
const len2 = data19.length;
for(let i2=0; i2<len2; i2++){
let data20 = data19[i2];
if(typeof data20 === "string"){
if(func2(data20) > 100){
const err36 = {instancePath:instancePath+"/materials/" + i2,schemaPath:"#/properties/materials/items/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema11.properties.materials.items,data:data20};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(func2(data20) < 1){
const err37 = {instancePath:instancePath+"/materials/" + i2,schemaPath:"#/properties/materials/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.materials.items,data:data20};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(!pattern0.test(data20)){
const err38 = {instancePath:instancePath+"/materials/" + i2,schemaPath:"#/properties/materials/items/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema11.properties.materials.items,data:data20};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/materials/" + i2,schemaPath:"#/properties/materials/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.materials.items.type,parentSchema:schema11.properties.materials.items,data:data20};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
let i3 = data19.length;
let j0;
if(i3 > 1){
const indices0 = {};
for(;i3--;){
let item0 = data19[i3];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err40 = {instancePath:instancePath+"/materials",schemaPath:"#/properties/materials/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i3+" are identical)",schema:true,parentSchema:schema11.properties.materials,data:data19};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
break;
}
indices0[item0] = i3;
}
}
}
else {
const err41 = {instancePath:instancePath+"/materials",schemaPath:"#/properties/materials/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.materials.type,parentSchema:schema11.properties.materials,data:data19};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.units !== undefined){
let data21 = data.units;
if(Array.isArray(data21)){
if(data21.length > 100){
const err42 = {instancePath:instancePath+"/units",schemaPath:"#/properties/units/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schema11.properties.units,data:data21};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
const len3 = data21.length;
for(let i4=0; i4<len3; i4++){
let data22 = data21[i4];
if(typeof data22 === "string"){
if(func2(data22) > 40){
const err43 = {instancePath:instancePath+"/units/" + i4,schemaPath:"#/properties/units/items/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters",schema:40,parentSchema:schema11.properties.units.items,data:data22};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(func2(data22) < 1){
const err44 = {instancePath:instancePath+"/units/" + i4,schemaPath:"#/properties/units/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.units.items,data:data22};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(!pattern0.test(data22)){
const err45 = {instancePath:instancePath+"/units/" + i4,schemaPath:"#/properties/units/items/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema11.properties.units.items,data:data22};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/units/" + i4,schemaPath:"#/properties/units/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.units.items.type,parentSchema:schema11.properties.units.items,data:data22};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
let i5 = data21.length;
let j1;
if(i5 > 1){
const indices1 = {};
for(;i5--;){
let item1 = data21[i5];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err47 = {instancePath:instancePath+"/units",schemaPath:"#/properties/units/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i5+" are identical)",schema:true,parentSchema:schema11.properties.units,data:data21};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
break;
}
indices1[item1] = i5;
}
}
}
else {
const err48 = {instancePath:instancePath+"/units",schemaPath:"#/properties/units/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.units.type,parentSchema:schema11.properties.units,data:data21};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.sendCheck !== undefined){
let data23 = data.sendCheck;
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
for(const key4 in data23){
if(!(((key4 === "error") || (key4 === "warning")) || (key4 === "info"))){
const err49 = {instancePath:instancePath+"/sendCheck",schemaPath:"#/properties/sendCheck/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.sendCheck,data:data23};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data23.error !== undefined){
let data24 = data23.error;
if(typeof data24 !== "string"){
const err50 = {instancePath:instancePath+"/sendCheck/error",schemaPath:"#/definitions/reaction/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.type,parentSchema:schema19,data:data24};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(!(((data24 === "allow") || (data24 === "warn")) || (data24 === "block"))){
const err51 = {instancePath:instancePath+"/sendCheck/error",schemaPath:"#/definitions/reaction/enum",keyword:"enum",params:{allowedValues: schema19.enum},message:"must be equal to one of the allowed values",schema:schema19.enum,parentSchema:schema19,data:data24};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data23.warning !== undefined){
let data25 = data23.warning;
if(typeof data25 !== "string"){
const err52 = {instancePath:instancePath+"/sendCheck/warning",schemaPath:"#/definitions/reaction/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.type,parentSchema:schema19,data:data25};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(!(((data25 === "allow") || (data25 === "warn")) || (data25 === "block"))){
const err53 = {instancePath:instancePath+"/sendCheck/warning",schemaPath:"#/definitions/reaction/enum",keyword:"enum",params:{allowedValues: schema19.enum},message:"must be equal to one of the allowed values",schema:schema19.enum,parentSchema:schema19,data:data25};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data23.info !== undefined){
let data26 = data23.info;
if(typeof data26 !== "string"){
const err54 = {instancePath:instancePath+"/sendCheck/info",schemaPath:"#/definitions/reaction/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.type,parentSchema:schema19,data:data26};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(!(((data26 === "allow") || (data26 === "warn")) || (data26 === "block"))){
const err55 = {instancePath:instancePath+"/sendCheck/info",schemaPath:"#/definitions/reaction/enum",keyword:"enum",params:{allowedValues: schema19.enum},message:"must be equal to one of the allowed values",schema:schema19.enum,parentSchema:schema19,data:data26};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
else {
const err56 = {instancePath:instancePath+"/sendCheck",schemaPath:"#/properties/sendCheck/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.sendCheck.type,parentSchema:schema11.properties.sendCheck,data:data23};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
else {
const err57 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}
