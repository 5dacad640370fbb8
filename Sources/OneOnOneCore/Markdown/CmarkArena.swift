import CCmarkGFM
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// cmark-gfm's memory while it parses one note: every allocation is a bump in a block the
/// thread keeps, and the whole tree is given back at once by moving the bump to the start.
///
/// cmark makes a few hundred small allocations a note (nodes, buffers, delimiters) and frees
/// each again, node by node; with the system allocator that was a sixth of cmark's time.
/// cmark's own arena is one process-wide block, which two cores parsing at once would share,
/// so each thread has its own here. cmark's callbacks carry no context: the thread's arena is
/// found through a thread-local key.
enum CmarkArena {
    /// Notes up to this size are parsed in an arena. A larger one (no real note is) goes to the
    /// system allocator, whose `realloc` grows a huge buffer without copying it: an arena
    /// keeps every old copy, which for a 50 MB paragraph would be several times the input.
    static let largestNote = 1 << 20

    /// Runs `body` with allocators for a parser; the arena is emptied when it returns, so
    /// nothing cmark made may be used after.
    static func withAllocator<Result>(_ body: (UnsafeMutablePointer<cmark_mem>) -> Result) -> Result {
        let arena = current()
        defer { arena.pointee.reset() }
        return body(allocator)
    }

    /// Made once and never written again: cmark only reads the three function pointers.
    nonisolated(unsafe) private static let allocator: UnsafeMutablePointer<cmark_mem> = {
        let mem = UnsafeMutablePointer<cmark_mem>.allocate(capacity: 1)
        mem.initialize(to: cmark_mem(calloc: arenaCalloc, realloc: arenaRealloc, free: arenaFree))
        return mem
    }()

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { state in
            guard let arena = state?.assumingMemoryBound(to: Arena.self) else { return }
            arena.pointee.release()
            arena.deallocate()
        }
        return key
    }()

    fileprivate static func current() -> UnsafeMutablePointer<Arena> {
        if let state = pthread_getspecific(key) { return state.assumingMemoryBound(to: Arena.self) }
        let arena = UnsafeMutablePointer<Arena>.allocate(capacity: 1)
        arena.initialize(to: Arena())
        pthread_setspecific(key, arena)
        return arena
    }
}

/// A chain of blocks, each starting with a pointer to the block before it. Allocations are
/// 16-byte aligned and preceded by their size, which `realloc` needs to copy.
private struct Arena {
    static let blockSize = 64 << 10
    static let headerSize = 16

    /// The block being filled; the others hang off its first word.
    var block: UnsafeMutableRawPointer?
    var used = 0
    var capacity = 0
    /// The latest allocation, which `realloc` grows in place and `free` takes back.
    var last: UnsafeMutableRawPointer?

    mutating func allocate(_ size: Int) -> UnsafeMutableRawPointer? {
        guard size >= 0, size <= Int.max / 2 else { return nil }
        let needed = Arena.headerSize + ((size + 15) & ~15)
        if block == nil || used + needed > capacity {
            let blockCapacity = max(Arena.blockSize, needed + Arena.headerSize)
            guard let fresh = malloc(blockCapacity) else { return nil }
            fresh.storeBytes(of: block, as: UnsafeMutableRawPointer?.self)
            block = fresh
            used = Arena.headerSize
            capacity = blockCapacity
        }
        let start = block! + used
        start.storeBytes(of: size, as: Int.self)
        used += needed
        last = start + Arena.headerSize
        return last
    }

    mutating func reallocate(_ pointer: UnsafeMutableRawPointer?, _ size: Int) -> UnsafeMutableRawPointer? {
        guard let pointer else { return allocate(size) }
        let oldSize = (pointer - Arena.headerSize).load(as: Int.self)
        if pointer == last, size >= 0, size <= Int.max / 2 {
            let start = pointer - Arena.headerSize - block!
            let needed = Arena.headerSize + ((size + 15) & ~15)
            if start + needed <= capacity {
                (pointer - Arena.headerSize).storeBytes(of: size, as: Int.self)
                used = start + needed
                return pointer
            }
        }
        guard let moved = allocate(size) else { return nil }
        moved.copyMemory(from: pointer, byteCount: min(oldSize, size))
        return moved
    }

    /// Only the latest allocation comes back (cmark frees many temporaries right after making
    /// them); the rest waits for `reset`.
    mutating func free(_ pointer: UnsafeMutableRawPointer?) {
        guard let pointer, pointer == last else { return }
        used = pointer - Arena.headerSize - block!
        last = nil
    }

    /// Empties the arena, keeping one block for the next note.
    mutating func reset() {
        guard let block else { return }
        var older = block.load(as: UnsafeMutableRawPointer?.self)
        while let next = older {
            older = next.load(as: UnsafeMutableRawPointer?.self)
            systemFree(next)
        }
        block.storeBytes(of: nil, as: UnsafeMutableRawPointer?.self)
        if capacity > Arena.blockSize {
            systemFree(block)
            self.block = nil
            capacity = 0
        }
        used = Arena.headerSize
        last = nil
    }

    mutating func release() {
        reset()
        systemFree(block)
        block = nil
    }
}

private func arenaCalloc(_ count: Int, _ size: Int) -> UnsafeMutableRawPointer? {
    let (total, overflow) = count.multipliedReportingOverflow(by: size)
    guard !overflow, let memory = CmarkArena.current().pointee.allocate(total) else { return nil }
    memset(memory, 0, total)
    return memory
}

private func arenaRealloc(_ pointer: UnsafeMutableRawPointer?, _ size: Int) -> UnsafeMutableRawPointer? {
    CmarkArena.current().pointee.reallocate(pointer, size)
}

private func arenaFree(_ pointer: UnsafeMutableRawPointer?) {
    CmarkArena.current().pointee.free(pointer)
}

/// The C library's `free`, which `Arena.free` hides inside the struct.
private func systemFree(_ pointer: UnsafeMutableRawPointer?) {
    free(pointer)
}
