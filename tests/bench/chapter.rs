// The chapter's example: a u16 on the stack, a String and a Vec of Strings on the heap.
let port = 53u16;
let server_name = String::from("Kinetic Gateway");
let peers = vec![
    String::from("resolver-a"),
    String::from("resolver-b"),
    String::from("resolver-c"),
];
println!("{server_name}:{port} has {} peers", peers.len());
