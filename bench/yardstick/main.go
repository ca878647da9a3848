// Command terraform-provider-yardstick is the Go provider make bench times beside huaweidr: the same
// resource schema, built with HashiCorp's plugin framework, and no cloud behind it, so that a command's
// time is what Terraform and a Go provider cost, nothing else.
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
	Region types.String `tfsdk:"region"`
}

func newProvider() provider.Provider {
	return &yardstickProvider{}
}

func (p *yardstickProvider) Metadata(_ context.Context, _ provider.MetadataRequest, resp *provider.MetadataResponse) {
	resp.TypeName = "yardstick"
}

// Schema has huaweidr's region only: the default of a resource's region, as in huaweidr.
func (p *yardstickProvider) Schema(_ context.Context, _ provider.SchemaRequest, resp *provider.SchemaResponse) {
	resp.Schema = schema.Schema{
		Attributes: map[string]schema.Attribute{
			"region": schema.StringAttribute{Optional: true},
		},
	}
}

func (p *yardstickProvider) Configure(ctx context.Context, req provider.ConfigureRequest, resp *provider.ConfigureResponse) {
	var config providerModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &config)...)
	resp.ResourceData = config.Region.ValueString()
}

func (p *yardstickProvider) Resources(context.Context) []func() resource.Resource {
	return []func() resource.Resource{newActiveActive}
}

func (p *yardstickProvider) DataSources(context.Context) []func() datasource.DataSource {
	return nil
}
