// concat of Strings or &strs is join with "": one String of exactly the length they make, none for an empty slice.
fn main() {
    let e: Vec<String> = Vec::new();
    let s = e.concat();
    let parts = ["ab", "", "cde"];
    let t = parts.concat();
    println!("[{}] {} {} {}", s, s.capacity(), t, t.capacity());
}
// expect: [] 0 abcde 5
