// An array's length is part of its type: `[i32; 3]` cannot hold four elements (E0308).
fn main() {
    let a: [i32; 3] = [1, 2, 3, 4];
    println!("{:?}", a);
}
// error: E0308 at 3:23
