// A struct's own Drop runs before its fields' drops (declaration order); a temporary's Drop runs at its statement's end; a `let _ =` drops at once.
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Pair {
    a: Noisy,
    b: Noisy,
}

impl Drop for Pair {
    fn drop(&mut self) {
        println!("drop pair of {} and {}", self.a.0, self.b.0);
    }
}

fn make(name: &'static str) -> Noisy {
    Noisy(name)
}

fn main() {
    let _p = Pair { a: Noisy("a"), b: Noisy("b") };
    let _ = make("ignored");
    println!("len {}", make("temp").0.len());
    let _kept = make("kept");
    {
        let _inner = Noisy("inner");
        println!("inner scope ends");
    }
    let mut x = Noisy("first x");
    x = Noisy("second x");
    println!("end of main {}", x.0);
}
// expect: drop ignored
// expect: len 4
// expect: drop temp
// expect: inner scope ends
// expect: drop inner
// expect: drop first x
// expect: end of main second x
// expect: drop second x
// expect: drop kept
// expect: drop pair of a and b
// expect: drop a
// expect: drop b
