// Drop order: locals in reverse, a struct's fields in declaration order after its own drop.
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Pair {
    first: Noisy,
    second: Noisy,
}

impl Drop for Pair {
    fn drop(&mut self) {
        println!("drop Pair({}, {})", self.first.0, self.second.0);
    }
}

fn main() {
    let _a = Noisy("a");
    let _b = Noisy("b");
    let _p = Pair { first: Noisy("p.first"), second: Noisy("p.second") };
    let t = (Noisy("t.0"), Noisy("t.1"));
    let (x, _) = t;
    println!("took {}", x.0);
    let _ = Noisy("underscore");
    println!("end of main");
}
// expect: took t.0
// expect: drop underscore
// expect: end of main
// expect: drop t.0
// expect: drop t.1
// expect: drop Pair(p.first, p.second)
// expect: drop p.first
// expect: drop p.second
// expect: drop b
// expect: drop a
