// An inline capture whose type lacks Display (`{v}`, `{v:>3}` of a Vec): rustc's E0277 points at the whole placeholder, from its `{`, not at the name inside.
fn main() {
    let v: Vec<i32> = vec![1, 2];
    println!("{} and {v:>3}", v.len());
}
// error: E0277 at 4:22
