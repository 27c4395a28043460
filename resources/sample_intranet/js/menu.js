function openVenster(url) {
  window.open(url, 'venster', 'width=600,height=400,scrollbars=yes');
}
