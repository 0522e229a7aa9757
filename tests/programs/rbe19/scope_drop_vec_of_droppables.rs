// Elements of a Vec are dropped in order when the Vec goes; a moved-out element is dropped where its new owner ends.
struct Noisy(u32);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let mut v = vec![Noisy(1), Noisy(2), Noisy(3)];
    let last = v.pop().unwrap();
    {
        let first = v.remove(0);
        println!("took {}", first.0);
    }
    println!("left {}", v.len());
    drop(v);
    println!("kept {}", last.0);
}
// expect: took 1
// expect: drop 1
// expect: left 1
// expect: drop 2
// expect: kept 3
// expect: drop 3
