package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"
)

// cloud makes the calls huaweidr makes for an active-active link, against the same endpoint (the emulator):
// the same routes, the same number of each per command, the same waits. It shares no code with huaweidr and
// none of its checks; only what decides which calls are made (which lookups are answered from a list, when
// a job is polled) is done the same way, so that huaweidr's time beside it is the provider's, not the cloud's.
type cloud struct {
	endpoint string
	token    string
	http     *http.Client

	mu       sync.Mutex
	projects map[string]*onceValue[string]
	catalogs map[string]*catalog
	offered  map[string]*onceValue[[]string]
}

func newCloud(endpoint, token string) *cloud {
	transport := http.DefaultTransport.(*http.Transport).Clone()
	transport.MaxIdleConnsPerHost = 32 // Terraform runs ten operations at once; keep their connections
	return &cloud{
		endpoint: strings.TrimRight(endpoint, "/"),
		token:    token,
		http:     &http.Client{Transport: transport, Timeout: 30 * time.Second},
		projects: map[string]*onceValue[string]{},
		catalogs: map[string]*catalog{},
		offered:  map[string]*onceValue[[]string]{},
	}
}

type instance struct {
	ID             string          `json:"id"`
	DualActiveInfo *dualActiveInfo `json:"dual_active_info"`
}

type dualActiveInfo struct {
	Role                  string `json:"role"`
	Status                string `json:"status"`
	DestinationInstanceID string `json:"destination_instance_id"`
	DestinationRegion     string `json:"destination_region"`
}

type instanceList struct {
	TotalCount *int       `json:"total_count"`
	Instances  []instance `json:"instances"`
}

const page = 100

func (c *cloud) get(ctx context.Context, path string, query url.Values, into any) error {
	return c.call(ctx, http.MethodGet, path, query, nil, into)
}

func (c *cloud) call(ctx context.Context, method, path string, query url.Values, body any, into any) error {
	target := c.endpoint + path
	if len(query) > 0 {
		target += "?" + query.Encode()
	}
	var reader io.Reader
	if body != nil {
		encoded, err := json.Marshal(body)
		if err != nil {
			return err
		}
		reader = strings.NewReader(string(encoded))
	}
	request, err := http.NewRequestWithContext(ctx, method, target, reader)
	if err != nil {
		return err
	}
	request.Header.Set("X-Auth-Token", c.token)
	request.Header.Set("Content-Type", "application/json")
	response, err := c.http.Do(request)
	if err != nil {
		return err
	}
	defer response.Body.Close()
	answer, err := io.ReadAll(response.Body)
	if err != nil {
		return err
	}
	if response.StatusCode >= 300 {
		return fmt.Errorf("%s %s: HTTP %d: %s", method, path, response.StatusCode, answer)
	}
	if into == nil || len(answer) == 0 {
		return nil
	}
	return json.Unmarshal(answer, into)
}

// project is the IAM project of a region, asked of IAM once per region and process, as huaweidr does.
func (c *cloud) project(ctx context.Context, region string) (string, error) {
	return onceIn(&c.mu, c.projects, region).get(func() (string, error) {
		var answer struct {
			Projects []struct {
				ID   string `json:"id"`
				Name string `json:"name"`
			} `json:"projects"`
		}
		if err := c.get(ctx, "/v3/projects", url.Values{"name": {region}}, &answer); err != nil {
			return "", err
		}
		for _, p := range answer.Projects {
			if p.Name == region {
				return p.ID, nil
			}
		}
		return "", fmt.Errorf("no project for region %s", region)
	})
}

// firstLook is a refresh's or a plan's lookup: from a list read for lookups in flight together, else one call.
func (c *cloud) firstLook(ctx context.Context, project, id string) (*instance, error) {
	c.mu.Lock()
	cat, ok := c.catalogs[project]
	if !ok {
		cat = &catalog{listed: map[string]instance{}, total: -1}
		c.catalogs[project] = cat
	}
	c.mu.Unlock()
	return cat.find(id, func(index int) (instanceList, error) {
		var list instanceList
		err := c.get(ctx, "/v3/"+project+"/instances", url.Values{"datastore_type": {"cassandra"},
			"offset": {fmt.Sprint(index * page)}, "limit": {fmt.Sprint(page)}}, &list)
		return list, err
	}, func() (*instance, error) { return c.now(ctx, project, id) })
}

// now is one call filtered by the id: a read-back, or the look right before a change.
func (c *cloud) now(ctx context.Context, project, id string) (*instance, error) {
	var list instanceList
	if err := c.get(ctx, "/v3/"+project+"/instances", url.Values{"id": {id}}, &list); err != nil {
		return nil, err
	}
	for _, i := range list.Instances {
		if i.ID == id {
			return &i, nil
		}
	}
	return nil, nil
}

// offeredRegions: the first answer in a project stands for its instances when it lists the wanted region.
func (c *cloud) offeredRegions(ctx context.Context, project, id, wanted string) ([]string, error) {
	asked := false
	ask := func() ([]string, error) {
		var answer struct {
			RegionCodes []string `json:"region_codes"`
		}
		err := c.get(ctx, "/v3/"+project+"/instances/"+id+"/disaster-recovery/regions", nil, &answer)
		return answer.RegionCodes, err
	}
	first, err := onceIn(&c.mu, c.offered, project).get(func() ([]string, error) {
		asked = true
		return ask()
	})
	if err != nil || asked || contains(first, wanted) {
		return first, err
	}
	return ask()
}

// job waits for a GeminiDB job as huaweidr's waiter does: polls after 0.5 s, then doubling up to 10 s.
func (c *cloud) job(ctx context.Context, project, id string) error {
	interval := 500 * time.Millisecond
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(interval):
		}
		var answer struct {
			Jobs []struct {
				Status     string `json:"status"`
				FailReason string `json:"fail_reason"`
			} `json:"jobs"`
		}
		if err := c.get(ctx, "/v3/"+project+"/jobs", url.Values{"id": {id}}, &answer); err != nil {
			return err
		}
		if len(answer.Jobs) == 0 {
			return fmt.Errorf("no job %s", id)
		}
		switch answer.Jobs[0].Status {
		case "Completed":
			return nil
		case "Failed":
			return fmt.Errorf("job %s failed: %s", id, answer.Jobs[0].FailReason)
		}
		if interval = 2 * interval; interval > 10*time.Second {
			interval = 10 * time.Second
		}
	}
}

// change makes a change call that answers with a job id, then waits for the job.
func (c *cloud) change(ctx context.Context, method, project, path string, body any) error {
	var answer struct {
		JobID string `json:"job_id"`
	}
	if err := c.call(ctx, method, "/v3/"+project+path, nil, body, &answer); err != nil {
		return err
	}
	return c.job(ctx, project, answer.JobID)
}

// onceValue is worked out once, by its first asker; askers meanwhile wait; a failure is not kept.
type onceValue[T any] struct {
	mu    sync.Mutex
	value T
	done  bool
}

func (o *onceValue[T]) get(work func() (T, error)) (T, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if !o.done {
		value, err := work()
		if err != nil {
			return value, err
		}
		o.value, o.done = value, true
	}
	return o.value, nil
}

func onceIn[T any](mu *sync.Mutex, values map[string]*onceValue[T], key string) *onceValue[T] {
	mu.Lock()
	defer mu.Unlock()
	if values[key] == nil {
		values[key] = &onceValue[T]{}
	}
	return values[key]
}

func contains(list []string, value string) bool {
	for _, v := range list {
		if v == value {
			return true
		}
	}
	return false
}
