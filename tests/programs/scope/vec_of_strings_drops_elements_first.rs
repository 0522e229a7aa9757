// Dropping a Vec<String> frees each element's text, in order, then the Vec's own buffer.
fn main() {
    {
        let words = vec![String::from("x"), String::from("yy"), String::from("zzz")];
        println!("{:?}", words);
    }
    println!("done");
}
// expect: ["x", "yy", "zzz"]
// expect: done
