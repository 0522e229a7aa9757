// A panic in the body of a `for` loop over a consumed Vec's iterator chain drops the loop variable, then the items not yet pulled, and frees the buffer.
struct Noisy(u32);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let v = vec![Noisy(1), Noisy(2), Noisy(3), Noisy(4)];
    for n in v.into_iter().skip(1) {
        if n.0 == 3 {
            panic!("at {}", n.0);
        }
        println!("saw {}", n.0);
    }
}

// expect: drop 1
// expect: saw 2
// expect: drop 2
// expect: drop 3
// expect: drop 4
// panic: at 3
// panic-at: 14:13
