// `str::to_uppercase` wants `&str`; `iter()` over a Vec<String> gives `&String`, which a function value does not deref: E0631.
fn main() {
    let words = vec![String::from("a")];
    let loud: Vec<String> = words.iter().map(str::to_uppercase).collect();
    println!("{:?}", loud);
}
// error: E0631 at 4:46
