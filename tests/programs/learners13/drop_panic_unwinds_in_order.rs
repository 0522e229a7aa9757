// A panic in a function unwinds and runs Drop for each live value, innermost first.
struct Noisy(u32);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn risky(n: u32) -> u32 {
    let _inner = Noisy(n * 10);
    let v: Vec<u32> = vec![1, 2, 3];
    v[n as usize]
}

fn main() {
    let _outer = Noisy(1);
    println!("{}", risky(1));
    println!("{}", risky(5));
}
// expect: drop 10
// expect: 2
// expect: drop 50
// expect: drop 1
// panic: index out of bounds: the len is 3 but the index is 5
// panic-at: 13:6
