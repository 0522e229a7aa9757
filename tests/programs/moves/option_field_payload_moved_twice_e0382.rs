// The payload of an Option inside a tuple struct, moved out twice: E0382 "use of moved value", no place named.
struct Wrapper(Option<String>);

fn main() {
    let w = Wrapper(Some(String::from("a")));
    if let Some(x) = w.0 {
        println!("{}", x);
    }
    if let Some(y) = w.0 {
        println!("{}", y);
    }
}
// error: E0382 at 9:17
