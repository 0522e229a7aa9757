// `vec!` allocates, and allocating is not allowed in a constant: its calls are not const (E0015).
const PRIMES: Vec<u32> = vec![2, 3, 5];

fn main() {
    println!("{}", PRIMES.len());
}
// error: E0015 at 2:26
// headline: differs: rustc names the function `vec!` expands to (`Box::new_uninit`)
