// Minimum-cost flow by the primal-dual method: Dijkstra on reduced costs finds the cost of the
// cheapest augmenting path, then a Dinic blocking flow pushes every path of that cost at once.
// Request weights take few distinct values, so a handful of phases solve instances with tens of
// thousands of arcs in milliseconds, where one Dijkstra per unit of flow would take minutes.
const EPS = 1e-9;

export class FlowGraph {
  readonly head: Int32Array;
  readonly to: Int32Array;
  readonly next: Int32Array;
  readonly cap: Int32Array;
  readonly cost: Float64Array;
  private arcs = 0;

  constructor(
    readonly nodes: number,
    maxArcs: number,
  ) {
    this.head = new Int32Array(nodes).fill(-1);
    this.to = new Int32Array(2 * maxArcs);
    this.next = new Int32Array(2 * maxArcs);
    this.cap = new Int32Array(2 * maxArcs);
    this.cost = new Float64Array(2 * maxArcs);
  }

  /** Adds an arc and its residual twin; returns the arc's number (its twin is number ^ 1). */
  addArc(from: number, to: number, capacity: number, cost: number): number {
    const a = this.arcs;
    this.link(a, from, to, capacity, cost);
    this.link(a + 1, to, from, 0, -cost);
    this.arcs += 2;
    return a;
  }

  /** Units sent along an arc. */
  flowOn(arc: number): number {
    return this.cap[arc ^ 1]!;
  }

  private link(a: number, from: number, to: number, capacity: number, cost: number): void {
    this.to[a] = to;
    this.cap[a] = capacity;
    this.cost[a] = cost;
    this.next[a] = this.head[from]!;
    this.head[from] = a;
  }

  /**
   * Sends flow from source to sink while the cheapest path has negative cost and the total stays
   * within `limit`: the result is a minimum-cost flow (maximum gain when costs are minus weights).
   * The graph must have no negative cycle to start with. Returns the total cost.
   */
  minCostFlow(source: number, sink: number, limit: number): number {
    const { nodes, head, to, next, cap, cost } = this;
    const potential = this.initialPotential(source);
    const dist = new Float64Array(nodes);
    const level = new Int32Array(nodes);
    const iter = new Int32Array(nodes);
    const path = new Int32Array(nodes + 1);
    const queue = new Int32Array(nodes);
    const heap = new MinHeap(this.arcs + nodes);
    let flow = 0;
    let total = 0;
    const admissible = (a: number, x: number) => cap[a]! > 0 && cost[a]! + potential[x]! - potential[to[a]!]! <= EPS;

    while (flow < limit) {
      dist.fill(Infinity);
      dist[source] = 0;
      heap.clear();
      heap.push(source, 0);
      while (heap.size > 0) {
        const d = heap.topKey();
        const x = heap.pop();
        if (d > dist[x]!) continue;
        for (let a = head[x]!; a !== -1; a = next[a]!) {
          if (cap[a]! <= 0) continue;
          const y = to[a]!;
          const nd = d + Math.max(0, cost[a]! + potential[x]! - potential[y]!);
          if (nd < dist[y]! - EPS) {
            dist[y] = nd;
            heap.push(y, nd);
          }
        }
      }
      const reach = dist[sink]!;
      if (reach === Infinity) break;
      for (let x = 0; x < nodes; x++) potential[x]! += Math.min(dist[x]!, reach);
      const pathCost = potential[sink]! - potential[source]!;
      if (pathCost >= -EPS) break;

      // Blocking flows on the arcs of zero reduced cost: every augmenting path there costs pathCost.
      for (;;) {
        level.fill(-1);
        level[source] = 0;
        let qh = 0;
        let qt = 0;
        queue[qt++] = source;
        while (qh < qt) {
          const x = queue[qh++]!;
          for (let a = head[x]!; a !== -1; a = next[a]!) {
            const y = to[a]!;
            if (level[y] === -1 && admissible(a, x)) {
              level[y] = level[x]! + 1;
              queue[qt++] = y;
            }
          }
        }
        if (level[sink] === -1) break;
        iter.set(head);
        let depth = 0;
        let x = source;
        while (flow < limit) {
          if (x === sink) {
            let push = limit - flow;
            for (let i = 0; i < depth; i++) push = Math.min(push, cap[path[i]!]!);
            for (let i = 0; i < depth; i++) {
              cap[path[i]!]! -= push;
              cap[path[i]! ^ 1]! += push;
            }
            flow += push;
            total += push * pathCost;
            depth = 0;
            x = source;
            continue;
          }
          let a = iter[x]!;
          while (a !== -1 && !(level[to[a]!] === level[x]! + 1 && admissible(a, x))) a = next[a]!;
          iter[x] = a;
          if (a !== -1) {
            path[depth++] = a;
            x = to[a]!;
            continue;
          }
          if (depth === 0) break;
          level[x] = -1;
          const back = path[--depth]!;
          x = to[back ^ 1]!;
          iter[x] = next[iter[x]!]!;
        }
        if (flow >= limit) break;
      }
    }
    return total;
  }

  /** Shortest distances by Bellman-Ford with a queue: makes every residual reduced cost >= 0. */
  private initialPotential(source: number): Float64Array {
    const { nodes, head, to, next, cap, cost } = this;
    const potential = new Float64Array(nodes).fill(Infinity);
    const inQueue = new Uint8Array(nodes);
    const queue: number[] = [source];
    potential[source] = 0;
    inQueue[source] = 1;
    for (let qh = 0; qh < queue.length; qh++) {
      const x = queue[qh]!;
      inQueue[x] = 0;
      for (let a = head[x]!; a !== -1; a = next[a]!) {
        if (cap[a]! <= 0) continue;
        const y = to[a]!;
        const nd = potential[x]! + cost[a]!;
        if (nd < potential[y]! - EPS) {
          potential[y] = nd;
          if (!inQueue[y]) {
            inQueue[y] = 1;
            queue.push(y);
          }
        }
      }
    }
    // Nodes the source cannot reach never carry flow; any finite potential keeps them harmless.
    for (let x = 0; x < nodes; x++) if (potential[x] === Infinity) potential[x] = 0;
    return potential;
  }
}

class MinHeap {
  private readonly nodes: Int32Array;
  private readonly keys: Float64Array;
  size = 0;

  constructor(capacity: number) {
    this.nodes = new Int32Array(capacity);
    this.keys = new Float64Array(capacity);
  }

  clear(): void {
    this.size = 0;
  }

  topKey(): number {
    return this.keys[0]!;
  }

  push(node: number, key: number): void {
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.keys[parent]! <= key) break;
      this.nodes[i] = this.nodes[parent]!;
      this.keys[i] = this.keys[parent]!;
      i = parent;
    }
    this.nodes[i] = node;
    this.keys[i] = key;
  }

  pop(): number {
    const top = this.nodes[0]!;
    const lastNode = this.nodes[--this.size]!;
    const lastKey = this.keys[this.size]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= this.size) break;
      if (child + 1 < this.size && this.keys[child + 1]! < this.keys[child]!) child++;
      if (this.keys[child]! >= lastKey) break;
      this.nodes[i] = this.nodes[child]!;
      this.keys[i] = this.keys[child]!;
      i = child;
    }
    this.nodes[i] = lastNode;
    this.keys[i] = lastKey;
    return top;
  }
}
