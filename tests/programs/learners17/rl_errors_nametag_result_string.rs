// Rustlings-style: a function returning Result<String, String> instead of Option, matched by the caller.
fn generate_nametag_text(name: String) -> Result<String, String> {
    if name.is_empty() {
        Err("Empty names aren't allowed".to_string())
    } else {
        Ok(format!("Hi! My name is {}", name))
    }
}

fn main() {
    for n in ["Beyoncé", ""] {
        match generate_nametag_text(n.to_string()) {
            Ok(text) => println!("{}", text),
            Err(e) => println!("error: {}", e),
        }
    }
    println!("{:?}", generate_nametag_text(String::new()));
}
// expect: Hi! My name is Beyoncé
// expect: error: Empty names aren't allowed
// expect: Err("Empty names aren't allowed")
