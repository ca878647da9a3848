package main

import (
	"sync"
	"time"
)

// together is how soon after the start of one lookup another one counts as arriving with it, as in huaweidr.
const together = 20 * time.Millisecond

// catalog answers first looks at the Cassandra instances of one project as huaweidr's InstanceCatalog does,
// so that both make the same calls: a lone lookup is one filtered call; one arriving while another is in
// flight, or within 20 ms of the last one's start, reads the list a page at a time, while the lookups so far
// outnumber the pages left, and those arriving meanwhile wait for it; what the pages held answers later
// lookups; a failed page ends listing.
type catalog struct {
	mu         sync.Mutex
	listed     map[string]instance
	pagesRead  int
	itemsRead  int
	total      int // -1 until a page told it
	complete   bool
	listFailed bool
	lookups    int
	inFlight   int
	lastStart  time.Time
	nextPage   chan struct{} // closed when the next page is read or the listing ended; nil when none runs
}

func (c *catalog) find(id string, readPage func(int) (instanceList, error), single func() (*instance, error)) (*instance, error) {
	c.mu.Lock()
	c.lookups++
	if known, ok := c.listed[id]; ok {
		c.mu.Unlock()
		return &known, nil
	}
	now := time.Now()
	arrivedTogether := c.inFlight > 0 || (!c.lastStart.IsZero() && now.Sub(c.lastStart) < together)
	c.lastStart = now
	lead := c.nextPage == nil && arrivedTogether && !c.complete && !c.listFailed && c.worthReading()
	if lead {
		c.nextPage = make(chan struct{})
	}
	c.inFlight++
	c.mu.Unlock()
	defer func() {
		c.mu.Lock()
		c.inFlight--
		c.mu.Unlock()
	}()
	var found *instance
	if lead {
		found = c.readPages(id, readPage)
	} else {
		found = c.awaitListing(id)
	}
	if found != nil {
		return found, nil
	}
	return single()
}

func (c *catalog) readPages(id string, readPage func(int) (instanceList, error)) *instance {
	for {
		c.mu.Lock()
		if c.complete || !c.worthReading() {
			c.mu.Unlock()
			break
		}
		index := c.pagesRead
		c.mu.Unlock()
		list, err := readPage(index)
		c.mu.Lock()
		if err != nil {
			c.listFailed = true
			c.mu.Unlock()
			break
		}
		for _, i := range list.Instances {
			c.listed[i.ID] = i
		}
		c.pagesRead++
		c.itemsRead += len(list.Instances)
		if list.TotalCount != nil {
			c.total = *list.TotalCount
		}
		c.complete = len(list.Instances) < page || (c.total >= 0 && c.itemsRead >= c.total)
		waiting := c.nextPage
		c.nextPage = make(chan struct{})
		c.mu.Unlock()
		close(waiting)
	}
	c.mu.Lock()
	waiting := c.nextPage
	c.nextPage = nil
	known, ok := c.listed[id]
	c.mu.Unlock()
	close(waiting)
	if ok {
		return &known
	}
	return nil
}

func (c *catalog) awaitListing(id string) *instance {
	for {
		c.mu.Lock()
		known, ok := c.listed[id]
		next := c.nextPage
		c.mu.Unlock()
		if ok {
			return &known
		}
		if next == nil {
			return nil
		}
		<-next
	}
}

func (c *catalog) worthReading() bool {
	left := 1
	if c.total >= 0 {
		if left = (c.total+page-1)/page - c.pagesRead; left < 1 {
			left = 1
		}
	}
	return left <= c.lookups
}
