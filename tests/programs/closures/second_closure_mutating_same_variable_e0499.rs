// A second closure capturing the same variable by `&mut` while the first lives is error E0499 at the second closure, where rustc puts it (was reported at the use inside its body).
fn main() {
    let mut count = 0;
    let mut up = || count += 1;
    let mut down = || count -= 1;
    up();
    down();
    println!("{}", count);
}
// error: E0499 at 5:20
