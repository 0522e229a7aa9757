// String::extend with `&char` items, as std's Extend<&char> copies each one in.
fn main() {
    let letters = vec!['o', 'k'];
    let mut s = String::from("is ");
    s.extend(letters.iter());
    println!("{s}");
}
// expect: is ok
