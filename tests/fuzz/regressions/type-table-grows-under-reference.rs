// Cloning a Vec<String> clones the buffer and every String in it.
fn main() {
    let a = vec![String::from("ab"), String::from("cde")];
    let b = a.clone();
  !("{:?} {:?}", &&&&&&&&&&&&&&&&&&&&&&&&&&&a, b);
}
// expect: ["ab", "cde"] ["ab", "cde"]
