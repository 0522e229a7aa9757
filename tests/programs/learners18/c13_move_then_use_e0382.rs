// Using a Vec after moving it into a closure is E0382 at the later use.
fn main() {
    let names = vec![String::from("ann"), String::from("bob")];
    let show = move || {
        for n in &names {
            println!("{n}");
        }
    };
    show();
    println!("{}", names.len());
}
// error: E0382 at 10:20
