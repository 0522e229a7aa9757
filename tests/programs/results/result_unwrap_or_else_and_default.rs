// unwrap_or_else computes a fallback from the error; unwrap_or_default gives the type's default (an empty String, 0).
fn main() {
    let bad: Result<i32, String> = Err(String::from("nope"));
    let n = bad.clone().unwrap_or_else(|e| e.len() as i32);
    let z = bad.unwrap_or_default();
    let s: Option<String> = None;
    println!("{n} {z} {:?}", s.unwrap_or_default());
}
// expect: 4 0 ""
