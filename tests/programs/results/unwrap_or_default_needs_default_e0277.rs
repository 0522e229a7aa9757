// unwrap_or_default needs the Ok type to be Default: E0277 at the method name.
struct Token;

fn main() {
    let r: Result<Token, i32> = Err(1);
    let _t = r.unwrap_or_default();
}
// error: E0277 at 6:16
