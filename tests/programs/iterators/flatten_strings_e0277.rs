// A String is not iterable (its chars are: `.chars()`), so flatten over Strings is rustc's E0277 at `flatten` (the engine said "not supported yet").
fn main() {
    let v = vec![String::from("ab"), String::from("c")];
    let n = v.into_iter().flatten().count();
    println!("{}", n);
}
// error: E0277 at 4:27
