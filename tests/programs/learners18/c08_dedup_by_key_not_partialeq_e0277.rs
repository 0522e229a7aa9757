// dedup_by_key with a key type that is not PartialEq is E0277.
struct Kind(u8);

fn main() {
    let mut v = vec![1, 2, 3];
    v.dedup_by_key(|n| Kind(*n as u8 % 2));
    println!("{v:?}");
}
// error: E0277 at 6:7
