// A struct literal whose third field panics drops the two fields already built, the second first.
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Three {
    a: Noisy,
    b: Noisy,
    c: Noisy,
}

fn boom() -> Noisy {
    panic!("boom")
}

fn main() {
    let t = Three { a: Noisy("a"), b: Noisy("b"), c: boom() };
    println!("never {}", t.a.0);
}

// expect: drop b
// expect: drop a
// panic: boom
// panic-at: 17:5
