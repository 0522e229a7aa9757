// When an argument panics, the arguments already evaluated are dropped (last first), then the statement's temporaries, then the variables.
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn take(a: Noisy, b: &Noisy, c: Noisy, n: usize) -> usize {
    println!("never {} {} {}", a.0, b.0, c.0);
    n
}

fn main() {
    let v = vec![1];
    let _l = Noisy("l");
    take(Noisy("a"), &Noisy("b"), Noisy("c"), v[5]);
}

// expect: drop c
// expect: drop a
// expect: drop b
// expect: drop l
// panic: index out of bounds: the len is 1 but the index is 5
// panic-at: 18:48
