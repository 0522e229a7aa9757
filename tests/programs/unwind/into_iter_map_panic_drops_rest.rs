// A panic in a closure of an iterator chain over a consumed Vec drops the items the iterator had not yet yielded and frees its buffer, as std's IntoIter does while the panic unwinds.
struct Noisy(u32);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let v = vec![Noisy(1), Noisy(2), Noisy(3), Noisy(4)];
    let total: u32 = v
        .into_iter()
        .map(|n| {
            if n.0 == 2 {
                panic!("at {}", n.0);
            }
            n.0 * 10
        })
        .sum();
    println!("never {}", total);
}

// expect: drop 1
// expect: drop 2
// expect: drop 3
// expect: drop 4
// panic: at 2
// panic-at: 16:17
