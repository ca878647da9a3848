package main

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/identityschema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/types"
)

// activeActive has the shape of huaweidr_geminidb_cassandra_active_active (attributes, flags, plan
// modifiers, timeouts block, identity) and none of its cloud calls: create derives the computed attributes
// from the configuration, read keeps the state, delete forgets it.
type activeActive struct {
	region string
}

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
	_ resource.ResourceWithConfigure = &activeActive{}
	_ resource.ResourceWithIdentity  = &activeActive{}
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
	if region, ok := req.ProviderData.(string); ok {
		r.region = region
	}
}

// Create records what huaweidr reads back from a freshly built link.
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
	resp.Diagnostics.Append(resp.State.Set(ctx, link)...)
	resp.Diagnostics.Append(resp.Identity.Set(ctx, activeActiveIdentity{InstanceID: link.InstanceID, Region: link.Region})...)
}

// Read leaves the state and identity as they are: the framework has copied them into the response.
func (r *activeActive) Read(context.Context, resource.ReadRequest, *resource.ReadResponse) {
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

// Delete has nothing to remove; the framework drops the state.
func (r *activeActive) Delete(context.Context, resource.DeleteRequest, *resource.DeleteResponse) {
}
