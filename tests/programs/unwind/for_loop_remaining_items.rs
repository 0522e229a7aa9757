// A panic in the body of a `for` loop over a Vec drops the loop variable, then the items not yet reached, then frees the buffer.
struct Noisy(u32);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let items = vec![Noisy(1), Noisy(2), Noisy(3), Noisy(4)];
    let before = Noisy(0);
    for item in items {
        let inside = Noisy(item.0 * 10);
        if item.0 == 2 {
            panic!("at item {}", item.0);
        }
        println!("done {}", inside.0);
    }
    println!("never {}", before.0);
}

// expect: done 10
// expect: drop 10
// expect: drop 1
// expect: drop 20
// expect: drop 2
// expect: drop 3
// expect: drop 4
// expect: drop 0
// panic: at item 2
// panic-at: 16:13
