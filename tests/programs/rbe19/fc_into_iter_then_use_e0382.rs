// Using a Vec after a for loop consumed it with into_iter is E0382.
fn main() {
    let names = vec![String::from("Bob"), String::from("Frank")];
    for name in names.into_iter() {
        println!("Hello {}", name);
    }
    println!("names: {:?}", names);
}
// error: E0382 at 7:29
