// Splitting a line into owned Strings (to_string per piece) versus borrowed &str pieces.
fn main() {
    let line = String::from("alpha,beta,gamma");
    let borrowed: Vec<&str> = line.split(',').collect();
    let owned: Vec<String> = line.split(',').map(|s| s.to_string()).collect();
    println!("{:?} {:?} {}", borrowed, owned, owned.iter().map(|s| s.len()).sum::<usize>());
}
// expect: ["alpha", "beta", "gamma"] ["alpha", "beta", "gamma"] 14
