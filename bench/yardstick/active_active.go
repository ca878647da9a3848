package main

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/identityschema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/types"
)

// activeActive has the shape of huaweidr_geminidb_cassandra_active_active (attributes, flags, plan
// modifiers, timeouts block, identity). With a cloud it makes huaweidr's calls for each operation: a new
// link's plan looks both instances up and asks the regions offered; create links them, waits for the job
// and reads the link back; read looks the source up; delete looks, unlinks and waits. It checks nothing of
// what it reads. Without a cloud, create derives the computed attributes from the configuration, read keeps
// the state, delete forgets it.
type activeActive struct {
	region string
	cloud  *cloud
}

// sourceProject is the private state that spares a refresh the IAM request, as in huaweidr.
const sourceProject = "source_project_id"

type activeActiveModel struct {
	ID                    types.String `tfsdk:"id"`
	InstanceID            types.String `tfsdk:"instance_id"`
	Region                types.String `tfsdk:"region"`
	DestinationInstanceID types.String `tfsdk:"destination_instance_id"`
	DestinationRegion     types.String `tfsdk:"destination_region"`
	Role                  types.String `tfsdk:"role"`
	Status                types.String `tfsdk:"status"`
	Timeouts              types.Object `tfsdk:"timeouts"`
}

type activeActiveIdentity struct {
	InstanceID types.String `tfsdk:"instance_id"`
	Region     types.String `tfsdk:"region"`
}

var (
	_ resource.ResourceWithConfigure  = &activeActive{}
	_ resource.ResourceWithIdentity   = &activeActive{}
	_ resource.ResourceWithModifyPlan = &activeActive{}
)

func newActiveActive() resource.Resource {
	return &activeActive{}
}

func (r *activeActive) Metadata(_ context.Context, req resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_geminidb_cassandra_active_active"
}

func (r *activeActive) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	// Every argument replaces the link, as in huaweidr.
	replaces := []planmodifier.String{stringplanmodifier.RequiresReplace()}
	resp.Schema = schema.Schema{
		Attributes: map[string]schema.Attribute{
			"id": schema.StringAttribute{
				Computed:      true,
				PlanModifiers: []planmodifier.String{stringplanmodifier.UseStateForUnknown()},
			},
			"instance_id": schema.StringAttribute{Required: true, PlanModifiers: replaces},
			"region": schema.StringAttribute{
				Optional: true,
				Computed: true,
				PlanModifiers: []planmodifier.String{
					stringplanmodifier.UseStateForUnknown(),
					stringplanmodifier.RequiresReplace(),
				},
			},
			"destination_instance_id": schema.StringAttribute{Required: true, PlanModifiers: replaces},
			"destination_region":      schema.StringAttribute{Required: true, PlanModifiers: replaces},
			"role":                    schema.StringAttribute{Computed: true},
			"status":                  schema.StringAttribute{Computed: true},
		},
		Blocks: map[string]schema.Block{
			"timeouts": schema.SingleNestedBlock{
				Attributes: map[string]schema.Attribute{
					"create": schema.StringAttribute{Optional: true},
					"delete": schema.StringAttribute{Optional: true},
				},
			},
		},
	}
}

func (r *activeActive) IdentitySchema(_ context.Context, _ resource.IdentitySchemaRequest, resp *resource.IdentitySchemaResponse) {
	resp.IdentitySchema = identityschema.Schema{
		Attributes: map[string]identityschema.Attribute{
			"instance_id": identityschema.StringAttribute{RequiredForImport: true},
			"region":      identityschema.StringAttribute{OptionalForImport: true},
		},
	}
}

func (r *activeActive) Configure(_ context.Context, req resource.ConfigureRequest, _ *resource.ConfigureResponse) {
	if data, ok := req.ProviderData.(*providerData); ok {
		r.region = data.region
		r.cloud = data.cloud
	}
}

// ModifyPlan gives a new link the provider's region, as huaweidr does, and makes huaweidr's plan-time reads:
// each instance in its region's project, then the regions the source offers.
func (r *activeActive) ModifyPlan(ctx context.Context, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	if req.Plan.Raw.IsNull() || !req.State.Raw.IsNull() {
		return
	}
	var link activeActiveModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &link)...)
	if resp.Diagnostics.HasError() {
		return
	}
	if link.Region.IsUnknown() || link.Region.IsNull() {
		link.Region = types.StringValue(r.region)
		resp.Diagnostics.Append(resp.Plan.SetAttribute(ctx, path.Root("region"), link.Region)...)
	}
	if r.cloud == nil {
		return
	}
	source, err := r.cloud.project(ctx, link.Region.ValueString())
	if err == nil {
		_, err = r.cloud.firstLook(ctx, source, link.InstanceID.ValueString())
	}
	var destination string
	if err == nil {
		destination, err = r.cloud.project(ctx, link.DestinationRegion.ValueString())
	}
	if err == nil {
		_, err = r.cloud.firstLook(ctx, destination, link.DestinationInstanceID.ValueString())
	}
	if err == nil {
		_, err = r.cloud.offeredRegions(ctx, source, link.InstanceID.ValueString(), link.DestinationRegion.ValueString())
	}
	if err != nil {
		resp.Diagnostics.AddError("checking the instances", err.Error())
	}
}

// Create records what huaweidr reads back from a freshly built link: with a cloud, after building it.
func (r *activeActive) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	var link activeActiveModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &link)...)
	if resp.Diagnostics.HasError() {
		return
	}
	link.ID = link.InstanceID
	if link.Region.IsUnknown() || link.Region.IsNull() {
		link.Region = types.StringValue(r.region)
	}
	link.Role = types.StringValue("master")
	link.Status = types.StringValue("normal")
	if r.cloud != nil {
		info, err := r.build(ctx, link, resp)
		if err != nil {
			resp.Diagnostics.AddError("linking the instances", err.Error())
			return
		}
		link.Role = types.StringValue(info.Role)
		link.Status = types.StringValue(info.Status)
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, link)...)
	resp.Diagnostics.Append(resp.Identity.Set(ctx, activeActiveIdentity{InstanceID: link.InstanceID, Region: link.Region})...)
}

func (r *activeActive) build(ctx context.Context, link activeActiveModel, resp *resource.CreateResponse) (dualActiveInfo, error) {
	project, err := r.cloud.project(ctx, link.Region.ValueString())
	if err != nil {
		return dualActiveInfo{}, err
	}
	id := link.InstanceID.ValueString()
	body := map[string]string{"destination_region": link.DestinationRegion.ValueString(),
		"destination_instance_id": link.DestinationInstanceID.ValueString()}
	if err := r.cloud.change(ctx, "POST", project, "/instances/"+id+"/dual-active-relationship", body); err != nil {
		return dualActiveInfo{}, err
	}
	remembered, _ := json.Marshal(project)
	resp.Diagnostics.Append(resp.Private.SetKey(ctx, sourceProject, remembered)...)
	built, err := r.cloud.now(ctx, project, id)
	if err != nil || built == nil || built.DualActiveInfo == nil {
		return dualActiveInfo{}, fmt.Errorf("no link on %s after building it (%v)", id, err)
	}
	return *built.DualActiveInfo, nil
}

// Read looks the source up, as a first look, in the project remembered at creation; without a cloud it
// leaves the state and identity as they are (the framework has copied them into the response).
func (r *activeActive) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	if r.cloud == nil {
		return
	}
	var link activeActiveModel
	resp.Diagnostics.Append(req.State.Get(ctx, &link)...)
	_, found, err := r.source(ctx, req.Private, link, r.cloud.firstLook)
	if err != nil {
		resp.Diagnostics.AddError("reading the link", err.Error())
		return
	}
	if found == nil || found.DualActiveInfo == nil {
		resp.State.RemoveResource(ctx)
		return
	}
	link.Role = types.StringValue(found.DualActiveInfo.Role)
	link.Status = types.StringValue(found.DualActiveInfo.Status)
	resp.Diagnostics.Append(resp.State.Set(ctx, link)...)
}

// privateGetter is what both the read and the delete requests' private state offer.
type privateGetter interface {
	GetKey(ctx context.Context, key string) ([]byte, diag.Diagnostics)
}

// source is the link's source instance, read with look (a first look or one of its own), and its project.
func (r *activeActive) source(ctx context.Context, private privateGetter, link activeActiveModel,
	look func(ctx context.Context, project, id string) (*instance, error)) (string, *instance, error) {
	project, err := r.project(ctx, private, link)
	if err != nil {
		return "", nil, err
	}
	found, err := look(ctx, project, link.InstanceID.ValueString())
	return project, found, err
}

// project is the source's project as remembered at creation, else asked of IAM.
func (r *activeActive) project(ctx context.Context, private privateGetter, link activeActiveModel) (string, error) {
	if remembered, _ := private.GetKey(ctx, sourceProject); len(remembered) > 0 {
		var project string
		if json.Unmarshal(remembered, &project) == nil && project != "" {
			return project, nil
		}
	}
	return r.cloud.project(ctx, link.Region.ValueString())
}

// Update happens only to the timeouts, as in huaweidr: every other argument replaces the link.
func (r *activeActive) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	var plan, link activeActiveModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	resp.Diagnostics.Append(req.State.Get(ctx, &link)...)
	if resp.Diagnostics.HasError() {
		return
	}
	link.Timeouts = plan.Timeouts
	resp.Diagnostics.Append(resp.State.Set(ctx, link)...)
}

// Delete looks at the source right before unlinking it, unlinks it and waits for the job, as huaweidr does;
// without a cloud it has nothing to remove, and the framework drops the state.
func (r *activeActive) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	if r.cloud == nil {
		return
	}
	var link activeActiveModel
	resp.Diagnostics.Append(req.State.Get(ctx, &link)...)
	project, found, err := r.source(ctx, req.Private, link, r.cloud.now)
	if err == nil && found != nil && found.DualActiveInfo != nil {
		err = r.cloud.change(ctx, "DELETE", project, "/instances/"+link.InstanceID.ValueString()+
			"/dual-active-relationship", nil)
	}
	if err != nil {
		resp.Diagnostics.AddError("unlinking the instances", err.Error())
	}
}
