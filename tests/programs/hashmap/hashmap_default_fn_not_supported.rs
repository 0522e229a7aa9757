// HashMap::default() is std's but not run by the engine yet: "not supported yet" at the path, never a made-up E0433.
use std::collections::HashMap;

fn main() {
    let m: HashMap<u8, u8> = HashMap::default();
    println!("{}", m.len());
}
// expect: 0
// unsupported: `HashMap::default`
