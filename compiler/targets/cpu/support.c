/* Support code linked into every CPU artifact's shared library.
 *
 * The lowered code calls two functions that the MLIR ExecutionEngine would
 * otherwise resolve in the host process: ``memrefCopy`` (a copy between
 * strided memrefs, emitted by finalize-memref-to-llvm for non-contiguous
 * layouts) and ``_mlir_ciface_mlc_check_failed`` (a failed runtime check, see
 * runtime_checks.py). Defining them here keeps the library self-contained: it
 * needs only libc and libm.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* An unranked memref: its rank and a pointer to a ranked descriptor
 * {allocated, aligned, offset, sizes[rank], strides[rank]}. */
typedef struct {
  int64_t rank;
  void *descriptor;
} UnrankedMemRef;

typedef struct {
  char *allocated;
  char *aligned;
  int64_t offset;
  int64_t sizes_and_strides[];
} RankedMemRef;

__attribute__((visibility("hidden"))) void memrefCopy(int64_t elem_size, UnrankedMemRef *src_arg,
                                                      UnrankedMemRef *dst_arg) {
  const RankedMemRef *src = (const RankedMemRef *)src_arg->descriptor;
  const RankedMemRef *dst = (const RankedMemRef *)dst_arg->descriptor;
  int64_t rank = src_arg->rank;
  const int64_t *sizes = src->sizes_and_strides;
  const int64_t *src_strides = src->sizes_and_strides + rank;
  const int64_t *dst_strides = dst->sizes_and_strides + rank;
  char *src_base = src->aligned + src->offset * elem_size;
  char *dst_base = dst->aligned + dst->offset * elem_size;
  if (rank == 0) {
    memcpy(dst_base, src_base, elem_size);
    return;
  }
  for (int64_t d = 0; d < rank; ++d)
    if (sizes[d] == 0)
      return;
  int64_t index[rank];
  memset(index, 0, sizeof index);
  /* Rows along the innermost dimension are copied in one go when both are dense. */
  int64_t inner = sizes[rank - 1];
  int dense_rows = src_strides[rank - 1] == 1 && dst_strides[rank - 1] == 1;
  for (;;) {
    int64_t src_off = 0, dst_off = 0;
    for (int64_t d = 0; d < rank - 1; ++d) {
      src_off += index[d] * src_strides[d];
      dst_off += index[d] * dst_strides[d];
    }
    if (dense_rows) {
      memmove(dst_base + dst_off * elem_size, src_base + src_off * elem_size, inner * elem_size);
    } else {
      for (int64_t i = 0; i < inner; ++i)
        memmove(dst_base + (dst_off + i * dst_strides[rank - 1]) * elem_size,
                src_base + (src_off + i * src_strides[rank - 1]) * elem_size, elem_size);
    }
    int64_t d = rank - 2;
    while (d >= 0 && ++index[d] == sizes[d])
      index[d--] = 0;
    if (d < 0)
      return;
  }
}

/* Failed runtime checks of the last call: distinct check ids, in order of failure. */
#define MLC_MAX_FAILED 16
int64_t mlc_failed_checks[MLC_MAX_FAILED];
int64_t mlc_failed_count;

void _mlir_ciface_mlc_check_failed(int64_t id) {
  for (int64_t i = 0; i < mlc_failed_count && i < MLC_MAX_FAILED; ++i)
    if (mlc_failed_checks[i] == id)
      return;
  if (mlc_failed_count < MLC_MAX_FAILED)
    mlc_failed_checks[mlc_failed_count++] = id;
}

/* A failed allocation (a size computed from the inputs that is negative, or more memory than
 * the system gives) abandons the call: ``mlc_alloc`` jumps back to ``mlc_guarded_call``, which
 * returns 1 and leaves the size asked for in ``mlc_failed_alloc`` (executable.py raises a clear
 * error; the blocks the call had allocated are not freed). Inside a parallel loop, or in a call
 * of the entry that is not guarded (the C API), there is nowhere to jump to: the process stops
 * with a message, as it would on a null pointer but saying why. */
#include <setjmp.h>
#include <stdio.h>

typedef void (*mlc_entry_fn)(void **args);
static __thread jmp_buf *mlc_call_env;
int64_t mlc_failed_alloc;

int64_t mlc_guarded_call(mlc_entry_fn fn, void **args) {
  jmp_buf env;
  jmp_buf *outer = mlc_call_env;
  if (setjmp(env)) {
    mlc_call_env = outer;
    return 1;
  }
  mlc_call_env = &env;
  fn(args);
  mlc_call_env = outer;
  return 0;
}

static void mlc_alloc_failed(int64_t size) {
  mlc_failed_alloc = size;
  if (mlc_call_env != NULL)
    longjmp(*mlc_call_env, 1);
  fprintf(stderr, "mlc: allocation of %lld bytes failed (%s)\n", (long long)size,
          size < 0 ? "a size computed from the inputs overflowed" : "out of memory");
  abort();
}

/* The thread pool behind parallel loops (threads.py outlines each scf.forall into a body
 * ``fn(ctx, i)``). ``mlc_parallel_for`` runs ``fn(ctx, i)`` for i in [0, n) on the pool's
 * workers and the calling thread, which hand out iterations with an atomic counter, and
 * returns when all are done. Workers start on the first parallel call. Between calls they
 * spin for up to MLC_SPIN_NS before they sleep on a condition variable, and the caller spins
 * as long for the last iterations: a model runs one parallel loop after another, and waking a
 * sleeping thread costs tens of microseconds, more than a small loop takes. There is no
 * per-call allocation. One call at a time (the Python side serialises calls into a library). */
#include <pthread.h>
#include <time.h>
#include <unistd.h>

#define MLC_SPIN_NS 200000 /* 0.2 ms, then sleep */

#define MLC_MAX_THREADS 256
typedef void (*mlc_body_fn)(void *ctx, int64_t i);

static struct {
  pthread_mutex_t lock;
  pthread_cond_t wake, done;
  int64_t threads;  /* wanted, including the caller; 0: all online CPUs */
  int64_t started;  /* workers running */
  int64_t generation;
  mlc_body_fn fn;
  void *ctx;
  int64_t n;
  int64_t next;     /* next iteration to hand out (atomic) */
  int64_t finished; /* iterations done (atomic) */
  int64_t busy;     /* workers inside the current job */
  int64_t stop;     /* set when the library is unloaded: workers leave */
  pthread_t workers[MLC_MAX_THREADS];
} mlc_pool = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, PTHREAD_COND_INITIALIZER};

void mlc_set_num_threads(int64_t n) { mlc_pool.threads = n; }

int64_t mlc_get_num_threads(void) {
  if (mlc_pool.threads > 0)
    return mlc_pool.threads < MLC_MAX_THREADS ? mlc_pool.threads : MLC_MAX_THREADS;
  long cpus = sysconf(_SC_NPROCESSORS_ONLN);
  return cpus < 1 ? 1 : (cpus < MLC_MAX_THREADS ? cpus : MLC_MAX_THREADS);
}

static void mlc_run_iterations(mlc_body_fn fn, void *ctx, int64_t n) {
  for (;;) {
    int64_t i = __atomic_fetch_add(&mlc_pool.next, 1, __ATOMIC_RELAXED);
    if (i >= n)
      return;
    fn(ctx, i);
    __atomic_fetch_add(&mlc_pool.finished, 1, __ATOMIC_RELEASE);
  }
}

static int64_t mlc_now_ns(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (int64_t)t.tv_sec * 1000000000 + t.tv_nsec;
}

static void mlc_pause(void) {
#if defined(__x86_64__) || defined(__i386__)
  __builtin_ia32_pause();
#endif
}

/* Spin until ``done(arg)`` or MLC_SPIN_NS have passed; whether it became true. */
static int mlc_spin(int (*done)(int64_t), int64_t arg) {
  int64_t start = mlc_now_ns();
  for (unsigned k = 1;; ++k) {
    if (done(arg))
      return 1;
    mlc_pause();
    if ((k & 255) == 0 && mlc_now_ns() - start > MLC_SPIN_NS)
      return 0;
  }
}

static int mlc_job_after(int64_t seen) {
  return __atomic_load_n(&mlc_pool.generation, __ATOMIC_ACQUIRE) != seen ||
         __atomic_load_n(&mlc_pool.stop, __ATOMIC_ACQUIRE);
}

static int mlc_job_done(int64_t n) {
  return __atomic_load_n(&mlc_pool.finished, __ATOMIC_ACQUIRE) >= n &&
         __atomic_load_n(&mlc_pool.busy, __ATOMIC_ACQUIRE) == 0;
}

static void *mlc_worker(void *arg) {
  int64_t seen = 0;
  (void)arg;
  pthread_mutex_lock(&mlc_pool.lock);
  for (;;) {
    if (mlc_pool.generation == seen && !mlc_pool.stop) {
      pthread_mutex_unlock(&mlc_pool.lock);
      mlc_spin(mlc_job_after, seen);
      pthread_mutex_lock(&mlc_pool.lock);
    }
    while (mlc_pool.generation == seen && !mlc_pool.stop)
      pthread_cond_wait(&mlc_pool.wake, &mlc_pool.lock);
    if (mlc_pool.stop)
      break;
    seen = mlc_pool.generation;
    mlc_body_fn fn = mlc_pool.fn;
    void *ctx = mlc_pool.ctx;
    int64_t n = mlc_pool.n;
    __atomic_add_fetch(&mlc_pool.busy, 1, __ATOMIC_RELAXED);
    pthread_mutex_unlock(&mlc_pool.lock);
    mlc_run_iterations(fn, ctx, n);
    pthread_mutex_lock(&mlc_pool.lock);
    if (__atomic_sub_fetch(&mlc_pool.busy, 1, __ATOMIC_RELEASE) == 0)
      pthread_cond_signal(&mlc_pool.done);
  }
  pthread_mutex_unlock(&mlc_pool.lock);
  return NULL;
}

void mlc_parallel_for(mlc_body_fn fn, void *ctx, int64_t n) {
  int64_t want = mlc_get_num_threads() - 1;
  if (want > n - 1)
    want = n - 1;
  if (want <= 0) {
    for (int64_t i = 0; i < n; ++i)
      fn(ctx, i);
    return;
  }
  pthread_mutex_lock(&mlc_pool.lock);
  /* a worker that woke too late for the last job must leave it before ``next`` is reset */
  while (mlc_pool.busy > 0)
    pthread_cond_wait(&mlc_pool.done, &mlc_pool.lock);
  while (mlc_pool.started < mlc_get_num_threads() - 1) {
    pthread_t t;
    if (pthread_create(&t, NULL, mlc_worker, NULL) != 0)
      break;
    mlc_pool.workers[mlc_pool.started++] = t;
  }
  mlc_pool.fn = fn;
  mlc_pool.ctx = ctx;
  mlc_pool.n = n;
  mlc_pool.next = 0;
  mlc_pool.finished = 0;
  __atomic_store_n(&mlc_pool.generation, mlc_pool.generation + 1, __ATOMIC_RELEASE);
  pthread_cond_broadcast(&mlc_pool.wake);
  pthread_mutex_unlock(&mlc_pool.lock);
  /* the workers run this job too: a failed allocation must not jump out of it */
  jmp_buf *env = mlc_call_env;
  mlc_call_env = NULL;
  mlc_run_iterations(fn, ctx, n);
  mlc_call_env = env;
  mlc_spin(mlc_job_done, n);
  pthread_mutex_lock(&mlc_pool.lock);
  /* every iteration is done, and no worker still holds this job's fn and ctx */
  while (__atomic_load_n(&mlc_pool.finished, __ATOMIC_ACQUIRE) < n || mlc_pool.busy > 0)
    pthread_cond_wait(&mlc_pool.done, &mlc_pool.lock);
  pthread_mutex_unlock(&mlc_pool.lock);
}

/* A forked child has none of the workers: it starts its own when it needs them. */
static void mlc_pool_forget(void) {
  mlc_pool.started = 0;
  mlc_pool.busy = 0;
}

__attribute__((constructor)) static void mlc_pool_init(void) { pthread_atfork(NULL, NULL, mlc_pool_forget); }

/* dlclose of the library (executable.py's close) unmaps the code the workers wait in:
 * they must leave and be joined first. */
__attribute__((destructor)) static void mlc_pool_stop(void) {
  pthread_mutex_lock(&mlc_pool.lock);
  __atomic_store_n(&mlc_pool.stop, 1, __ATOMIC_RELEASE);
  int64_t started = mlc_pool.started;
  mlc_pool.started = 0;
  pthread_cond_broadcast(&mlc_pool.wake);
  pthread_mutex_unlock(&mlc_pool.lock);
  for (int64_t i = 0; i < started; ++i)
    pthread_join(mlc_pool.workers[i], NULL);
}

/* The allocator of the generated code (native.py renames its malloc and free to these).
 * Freed blocks are kept in a small cache and handed out again for requests they fit
 * (at most twice the size asked for), so from the second call of a function on, its
 * intermediates reuse the same memory: no system allocation, no page faults. Results
 * handed to the caller are freed with mlc_free as well (executable.py). */
#define MLC_CACHED_BLOCKS 64
typedef struct {
  int64_t size;
  int64_t pad; /* keeps the user pointer 16-byte aligned, as malloc's */
} MlcBlock;
static struct {
  pthread_mutex_t lock;
  MlcBlock *blocks[MLC_CACHED_BLOCKS];
  int64_t count;
} mlc_cache = {PTHREAD_MUTEX_INITIALIZER};

void *mlc_alloc(int64_t size) {
  if (size < 0 || (uint64_t)size > SIZE_MAX - sizeof(MlcBlock))
    mlc_alloc_failed(size);
  MlcBlock *found = NULL;
  pthread_mutex_lock(&mlc_cache.lock);
  int64_t best = -1;
  for (int64_t i = 0; i < mlc_cache.count; ++i) {
    int64_t have = mlc_cache.blocks[i]->size;
    if (have >= size && have <= 2 * size + 4096 && (best < 0 || have < mlc_cache.blocks[best]->size))
      best = i;
  }
  if (best >= 0) {
    found = mlc_cache.blocks[best];
    mlc_cache.blocks[best] = mlc_cache.blocks[--mlc_cache.count];
  }
  pthread_mutex_unlock(&mlc_cache.lock);
  if (found == NULL) {
    found = (MlcBlock *)malloc(sizeof(MlcBlock) + (size_t)size);
    if (found == NULL)
      mlc_alloc_failed(size);
    found->size = size;
  }
  return found + 1;
}

void mlc_free(void *p) {
  if (p == NULL)
    return;
  MlcBlock *block = (MlcBlock *)p - 1;
  pthread_mutex_lock(&mlc_cache.lock);
  if (mlc_cache.count == MLC_CACHED_BLOCKS) { /* full: drop the smallest */
    int64_t smallest = 0;
    for (int64_t i = 1; i < mlc_cache.count; ++i)
      if (mlc_cache.blocks[i]->size < mlc_cache.blocks[smallest]->size)
        smallest = i;
    if (mlc_cache.blocks[smallest]->size < block->size) {
      free(mlc_cache.blocks[smallest]);
      mlc_cache.blocks[smallest] = block;
      block = NULL;
    }
  } else {
    mlc_cache.blocks[mlc_cache.count++] = block;
    block = NULL;
  }
  pthread_mutex_unlock(&mlc_cache.lock);
  free(block);
}

/* dlclose of the library: the cached blocks go back to the system. */
__attribute__((destructor)) static void mlc_cache_release(void) {
  pthread_mutex_lock(&mlc_cache.lock);
  for (int64_t i = 0; i < mlc_cache.count; ++i)
    free(mlc_cache.blocks[i]);
  mlc_cache.count = 0;
  pthread_mutex_unlock(&mlc_cache.lock);
}
