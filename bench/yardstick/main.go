// Command terraform-provider-yardstick is the Go provider make bench times beside huaweidr: the same
// resource schema, built with HashiCorp's plugin framework. Given an endpoint (the emulator) it makes the
// calls huaweidr makes for the same command, so that huaweidr's ratio to it is the provider's, not the
// cloud's; without one it makes none, and its time is what Terraform and a Go provider cost, nothing else.
package main

import (
	"context"
	"log"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/provider"
	"github.com/hashicorp/terraform-plugin-framework/provider/schema"
	"github.com/hashicorp/terraform-plugin-framework/providerserver"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"
)

func main() {
	// Protocol 6, as huaweidr speaks it.
	err := providerserver.Serve(context.Background(), newProvider, providerserver.ServeOpts{
		Address:         "registry.terraform.io/huaweidr/yardstick",
		ProtocolVersion: 6,
	})
	if err != nil {
		log.Fatal(err)
	}
}

type yardstickProvider struct{}

type providerModel struct {
	Region    types.String `tfsdk:"region"`
	Endpoint  types.String `tfsdk:"endpoint"`
	AuthToken types.String `tfsdk:"auth_token"`
}

// providerData is what each resource gets: the default region, and the cloud when an endpoint is set.
type providerData struct {
	region string
	cloud  *cloud
}

func newProvider() provider.Provider {
	return &yardstickProvider{}
}

func (p *yardstickProvider) Metadata(_ context.Context, _ provider.MetadataRequest, resp *provider.MetadataResponse) {
	resp.TypeName = "yardstick"
}

// Schema has huaweidr's region (the default of a resource's region) and, for the calls, one endpoint for
// every service (the emulator serves them all on one address) and a token.
func (p *yardstickProvider) Schema(_ context.Context, _ provider.SchemaRequest, resp *provider.SchemaResponse) {
	resp.Schema = schema.Schema{
		Attributes: map[string]schema.Attribute{
			"region":     schema.StringAttribute{Optional: true},
			"endpoint":   schema.StringAttribute{Optional: true},
			"auth_token": schema.StringAttribute{Optional: true, Sensitive: true},
		},
	}
}

func (p *yardstickProvider) Configure(ctx context.Context, req provider.ConfigureRequest, resp *provider.ConfigureResponse) {
	var config providerModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &config)...)
	data := &providerData{region: config.Region.ValueString()}
	if !config.Endpoint.IsNull() {
		data.cloud = newCloud(config.Endpoint.ValueString(), config.AuthToken.ValueString())
	}
	resp.ResourceData = data
}

func (p *yardstickProvider) Resources(context.Context) []func() resource.Resource {
	return []func() resource.Resource{newActiveActive}
}

func (p *yardstickProvider) DataSources(context.Context) []func() datasource.DataSource {
	return nil
}
