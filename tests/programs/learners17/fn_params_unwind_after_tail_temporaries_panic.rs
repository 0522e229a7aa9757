// A panic in a function's tail expression drops its variables, then the tail's temporaries, then its parameters.
struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn make(s: &'static str) -> D {
    D(s)
}

fn boom() -> &'static str {
    panic!("boom")
}

fn same(a: D, b: D) -> bool {
    let _local = D("local");
    make("t1").0 == boom()
}

fn main() {
    println!("{}", same(D("a"), D("b")));
}
// expect: drop local
// expect: drop t1
// expect: drop b
// expect: drop a
// panic: boom
// panic-at: 15:5
