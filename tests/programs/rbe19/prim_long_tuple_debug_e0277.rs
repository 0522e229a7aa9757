// Tuples of more than twelve elements implement no Debug: printing one is E0277.
fn main() {
    let too_long_tuple = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
    println!("Too long tuple: {:?}", too_long_tuple);
}
// error: E0277 at 4:38
// headline: differs: rustc names the tuple before its integers are fixed (`({integer}, ...)`), the engine after (`(i32, ...)`)
