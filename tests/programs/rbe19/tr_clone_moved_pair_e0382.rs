// Printing a Pair after it was moved is E0382, even though Pair derives Clone.
#[derive(Clone, Debug)]
struct Pair(Box<i32>, Box<i32>);

fn main() {
    let pair = Pair(Box::new(1), Box::new(2));
    let moved_pair = pair;
    println!("original: {:?}", pair);
    println!("{:?}", moved_pair);
}
// error: E0382 at 8:32
