// Rustlings-style: the string4 exercise: which expressions give a &str and which a String.
fn string_slice(arg: &str) {
    println!("slice: {}", arg);
}

fn string(arg: String) {
    println!("string: {}", arg);
}

fn main() {
    string_slice("blue");
    string("red".to_string());
    string(String::from("hi"));
    string("rust is fun!".to_owned());
    string("nice weather".into());
    string(format!("Interpolation {}", "Station"));
    string_slice(&String::from("abc")[0..1]);
    string_slice("  hello there ".trim());
    string("Happy Monday!".to_string().replace("Mon", "Tues"));
    string("mY sHiFt KeY iS sTiCkY".to_lowercase());
}
// expect: slice: blue
// expect: string: red
// expect: string: hi
// expect: string: rust is fun!
// expect: string: nice weather
// expect: string: Interpolation Station
// expect: slice: a
// expect: slice: hello there
// expect: string: Happy Tuesday!
// expect: string: my shift key is sticky
