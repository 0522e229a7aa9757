// A struct's reference field must name a lifetime (E0106 at the `&`).
struct Excerpt {
    part: &str,
}

fn main() {}
// error: E0106 at 3:11
